using Employment.Core.Accounts;

namespace Employment.Web.Features.Employer.Introductions;

/// <summary>
/// All an employer sees of an introduced person: their reference always; their first name, interests, skills and the
/// adjustments they need only while they agree to share (docs/domain.md, "Personal data"). No coach's reasons.
/// </summary>
public sealed record IntroductionPage(
    Guid PlacementId, string Reference, bool Shares, string? FirstName, IReadOnlyList<string> Interests, IReadOnlyList<string> Skills, IReadOnlyList<string> Adjustments,
    Guid OpportunityId, string JobTitle, string Stage, IReadOnlyList<IntroductionStep> History, IReadOnlyList<IntroductionAnswer> Answers, ContactCard? Contact)
{
    /// <summary>How the page names the person: their first name and reference, or the reference alone.</summary>
    public string Name => Shares && !string.IsNullOrWhiteSpace(FirstName) ? $"{FirstName} ({Reference})" : Reference;
}

public sealed record IntroductionStep(DateOnly On, string What);
