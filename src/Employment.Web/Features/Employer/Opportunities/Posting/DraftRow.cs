using Employment.Core.Opportunities;

namespace Employment.Web.Features.Employer.Opportunities.Posting;

/// <summary>A draft as the list of opportunities shows it, to continue or delete.</summary>
public sealed record DraftRow(Guid Id, string Title, string Kind, DateTimeOffset UpdatedAt)
{
    public static DraftRow Of(OpportunityDraft draft)
    {
        var answers = PostingAnswers.FromJson(draft.Answers);
        var title = string.IsNullOrWhiteSpace(answers.Title) ? "Job name not given yet" : answers.Title.Trim();
        return new DraftRow(draft.Id, title, answers.Kind?.Label() ?? "Kind not chosen", draft.UpdatedAt);
    }
}
