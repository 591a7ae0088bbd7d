using Employment.Core.JobSeekers;

namespace Employment.Web.Features.Admin.People;

/// <summary>What an administrator searches people by, as typed; <see cref="Coach"/> is a coach's id, "none" or empty for anyone.</summary>
public sealed class PeopleSearchForm
{
    public const string NoCoach = "none";

    public string? Name { get; set; }

    public string? SourceId { get; set; }

    public string? Council { get; set; }

    public string? Coach { get; set; }

    /// <summary>The search to run, once the validator has passed the form.</summary>
    public PeopleSearch ToSearch() => new(
        Name,
        SourceId,
        int.TryParse(Council, out var council) ? council : null,
        Guid.TryParse(Coach, out var coach) ? coach : null,
        Coach == NoCoach);
}
