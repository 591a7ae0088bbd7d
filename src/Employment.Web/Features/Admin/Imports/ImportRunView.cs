using System.Text.Json;
using Employment.Core.Interchange;

namespace Employment.Web.Features.Admin.Imports;

/// <summary>An import run as its page shows it: status, progress while it runs, the report once it has finished.</summary>
public sealed record ImportRunView(ImportRun Run, ImportReport? Report, ImportProgress? Progress, bool Refresh)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const string Interrupted = "interrupted";

    public bool IsInterrupted => Run.Status == Interrupted;

    public bool IsFinished => Run.Status is ImportReport.Loaded or ImportReport.Refused or ImportReport.Failed;

    /// <summary>Neither finished nor interrupted: the page refreshes itself and shows how far it has got.</summary>
    public bool IsGoing => !IsFinished && !IsInterrupted;

    public static ImportRunView For(ImportRun run, bool refresh)
    {
        var finished = run.Status is ImportReport.Loaded or ImportReport.Refused or ImportReport.Failed;
        var going = !finished && run.Status != Interrupted;
        return new ImportRunView(run, finished ? ImportReport.FromJson(run.Report) : null, going ? ProgressOf(run.Report) : null, refresh && going);
    }

    public static string StatusLabel(string status) => status switch
    {
        "queued" => "Waiting to start",
        "running" => "Running",
        ImportReport.Loaded => "Loaded",
        ImportReport.Refused => "Nothing loaded",
        ImportReport.Failed => "Failed",
        Interrupted => "Interrupted",
        _ => status,
    };

    public static string StatusTagClass(string status) => status switch
    {
        ImportReport.Loaded => "govuk-tag--green",
        ImportReport.Refused => "govuk-tag--red",
        ImportReport.Failed => "govuk-tag--red",
        Interrupted => "govuk-tag--orange",
        "running" => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };

    private static ImportProgress? ProgressOf(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("progress", out var progress) ? progress.Deserialize<ImportProgress>(Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
