using Employment.Core.Employers;
using Employment.Core.JobSeekers;

namespace Employment.Core.Opportunities.Search;

/// <summary>
/// The one opportunity search a coach keeps for a person (one per person, enforced by a unique index). Its new
/// matches go into the coach's daily digest (decision 0039).
/// </summary>
public class SavedSearch
{
    public Guid Id { get; set; }

    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    public OpportunityKind? Kind { get; set; }
    public string? Words { get; set; }

    /// <summary>The postcode typed in; null measures from the person's home (where they live at the time of each digest).</summary>
    public string? Postcode { get; set; }

    public int? WithinMiles { get; set; }
    public decimal? HoursMin { get; set; }
    public decimal? HoursMax { get; set; }
    public DisabilityConfidentLevel? MinimumLevel { get; set; }
    public int? ClosingWithinDays { get; set; }

    public Guid? SavedById { get; set; }

    /// <summary>When it was saved (or last replaced): opportunities listed before this are not "new" to it.</summary>
    public DateTimeOffset SavedAt { get; set; }
}
