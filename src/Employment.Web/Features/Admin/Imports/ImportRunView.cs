using System.Text.Json;
using Employment.Core.Interchange;

namespace Employment.Web.Features.Admin.Imports;

/// <summary>An import run as its page shows it: status, progress while it runs, the report once it has finished.</summary>
public sealed record ImportRunView(ImportRun Run, ImportReport? Report, ImportProgress? Progress, bool Refresh)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsFinished => Run.Status is ImportReport.Loaded or ImportReport.Refused or ImportReport.Failed;

    public static ImportRunView For(ImportRun run, bool refresh)
    {
        var finished = run.Status is ImportReport.Loaded or ImportReport.Refused or ImportReport.Failed;
        return new ImportRunView(run, finished ? ImportReport.FromJson(run.Report) : null, finished ? null : ProgressOf(run.Report), refresh && !finished);
    }

    public static string StatusLabel(string status) => status switch
    {
        "queued" => "Waiting to start",
        "running" => "Running",
        ImportReport.Loaded => "Loaded",
        ImportReport.Refused => "Nothing loaded",
        ImportReport.Failed => "Failed",
        _ => status,
    };

    public static string StatusTagClass(string status) => status switch
    {
        ImportReport.Loaded => "govuk-tag--green",
        ImportReport.Refused => "govuk-tag--red",
        ImportReport.Failed => "govuk-tag--red",
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
