using Employment.Core.Opportunities;
using Employment.Matching.Features;

namespace Employment.Web.Features.Employer.SuggestedPeople;

/// <summary>
/// Why a person is suggested, in an employer's words: the matcher's reasons (strongest first) said about the fit with
/// this opportunity, never a score, a model's name or anything about the person an employer may not see (no journey
/// times, no ages, no health). Reasons about the employer itself (its Disability Confident level, its pay) are left out.
/// </summary>
public static class EmployerReasons
{
    public const string Ordering =
        "The people who fit best are first: how well the kind of work, the skills you ask for, the hours, the journey and the support you offer fit what each person wants.";

    public static IReadOnlyList<string> For(MatchExplanation explanation, OpportunityKind kind) =>
        [.. explanation.Lines.Where(l => l.IsReason).Select(l => Words(l.Factor, kind)).OfType<string>().Distinct()];

    private static string? Words(Factor factor, OpportunityKind kind) => factor switch
    {
        Factor.Interest => "This is the kind of work they are looking for",
        Factor.Skills => "They have skills you ask for",
        Factor.Hours => "Your hours suit them",
        Factor.Journey => "They can get to you in a journey they can manage",
        Factor.Support => "You offer support they need",
        Factor.Kind => $"They want {kind.Label().ToLowerInvariant()} opportunities",
        _ => null,
    };
}
