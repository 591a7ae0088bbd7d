namespace Employment.Web.Features.Admin.People;

/// <summary>The coach to give everyone a search matches, and how many people the administrator was shown it matches.</summary>
public sealed class AssignAllForm
{
    public string? CoachId { get; set; }

    public string? ExpectedCount { get; set; }
}
