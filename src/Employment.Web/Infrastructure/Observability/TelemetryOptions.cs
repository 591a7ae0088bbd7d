namespace Employment.Web.Infrastructure.Observability;

public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Write spans and metrics to the console (on in Development).</summary>
    public bool Console { get; set; }

    /// <summary>An OTLP collector's address; OpenTelemetry's own OTEL_EXPORTER_OTLP_ENDPOINT is read when this is empty.</summary>
    public string Otlp { get; set; } = "";

    public Uri? OtlpEndpoint(IConfiguration configuration)
    {
        var text = string.IsNullOrWhiteSpace(Otlp) ? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] : Otlp;
        return Uri.TryCreate(text, UriKind.Absolute, out var endpoint) ? endpoint : null;
    }
}
