using Hangfire;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Employment.Web.Infrastructure.Observability;

/// <summary>
/// Traces and metrics for requests, SQL, outgoing HTTP and background jobs (decision 0077). What is measured is always
/// the same; where it goes is configuration: the console in Development, OTLP when an endpoint is set, otherwise nowhere.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "employment";

    public static void AddEmploymentTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section);
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = options.OtlpEndpoint(builder.Configuration);

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(asp => asp.Filter = context => !IsHealthProbe(context.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    .AddSource(JobTelemetry.SourceName);
                if (options.Console)
                {
                    tracing.AddConsoleExporter();
                }
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Npgsql", JobTelemetry.SourceName);
                if (options.Console)
                {
                    metrics.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 60_000);
                }
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
                }
            });

        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            Microsoft.Extensions.Logging.ActivityTrackingOptions.TraceId | Microsoft.Extensions.Logging.ActivityTrackingOptions.SpanId);
    }

    /// <summary>Every background job run is a span of its own and counted, whichever node runs it.</summary>
    public static IGlobalConfiguration UseEmploymentJobTelemetry(this IGlobalConfiguration config) => config.UseFilter(new JobTelemetry());

    /// <summary>Load balancers ask every few seconds; their probes would drown the requests people make.</summary>
    private static bool IsHealthProbe(PathString path) => path.StartsWithSegments(Pipeline.HealthPath);
}
