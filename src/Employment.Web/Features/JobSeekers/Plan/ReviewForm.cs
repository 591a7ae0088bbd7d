using Employment.Core.EhcPlans.Review;

namespace Employment.Web.Features.JobSeekers.Plan;

public sealed class ReviewForm
{
    public List<ReviewAnswer> Decisions { get; set; } = [];

    public IReadOnlyList<SuggestionDecision> ToDecisions() => Decisions.Select(d => new SuggestionDecision(d.Choice, d.Changed)).ToList();
}

public sealed class ReviewAnswer
{
    public SuggestionChoice? Choice { get; set; }
    public string? Changed { get; set; }
}

/// <summary>The review page: the suggestions with their sentences and what the coach has chosen so far.</summary>
public sealed record ReviewPage(Guid DraftId, string FileName, IReadOnlyList<PlanSuggestion> Suggestions, ReviewForm Form, IReadOnlyDictionary<string, string> Labels);
