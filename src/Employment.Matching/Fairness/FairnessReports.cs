using System.Text.Json;
using System.Text.Json.Serialization;
using Employment.Core.Data;
using Employment.Core.Matching;
using Microsoft.EntityFrameworkCore;

namespace Employment.Matching.Fairness;

/// <summary>Makes a fairness report after a retrain and stores it in fairness_reports; reads back the latest for the admin page.</summary>
internal sealed class FairnessReports(EmploymentDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public async Task<FairnessReportRecord> MakeAfterRetrainAsync(int retrainedVersion, CancellationToken cancellationToken)
    {
        var figures = await new FairnessReport(db).BuildAsync(cancellationToken);
        var record = new FairnessReportRecord
        {
            MadeAt = clock.GetUtcNow(),
            RetrainedVersion = retrainedVersion,
            ModelVersion = figures.ModelVersion,
            Figures = JsonSerializer.Serialize(figures, Json),
        };
        db.FairnessReports.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<LatestFairness> LatestAsync(CancellationToken cancellationToken)
    {
        var latest = await db.FairnessReports.AsNoTracking().OrderByDescending(r => r.MadeAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return new LatestFairness(null, null, null);
        }
        var figures = JsonSerializer.Deserialize<FairnessFigures>(latest.Figures, Json);
        return new LatestFairness(figures, TimeZoneInfo.ConvertTime(latest.MadeAt, clock.LocalTimeZone), latest.RetrainedVersion);
    }
}

/// <summary>The latest stored report, when it was made (local time) and after which retrain; all null when none is stored yet.</summary>
public sealed record LatestFairness(FairnessFigures? Figures, DateTimeOffset? MadeAt, int? RetrainedVersion);
