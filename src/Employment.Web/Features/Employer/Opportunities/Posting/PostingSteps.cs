using Employment.Core.Opportunities;

namespace Employment.Web.Features.Employer.Opportunities.Posting;

/// <param name="Slug">The step's part of the address.</param>
/// <param name="Fields">The <see cref="OpportunityForm"/> fields the page asks for: its errors are these fields' errors.</param>
/// <param name="AppliesTo">Whether the page is asked, given the answers so far (the kind above all).</param>
public sealed record PostingStep(string Slug, string Summary, IReadOnlyList<string> Fields, Func<PostingAnswers, bool> AppliesTo);

/// <summary>
/// The questions of "Post an opportunity", one a page, in order (decision 0067). Each kind is asked only its own questions:
/// pay only for the paid kinds (and a supported internship whose employer chooses to pay), the internship's length and study
/// programme only for supported internships.
/// </summary>
public static class PostingSteps
{
    public const string Kind = "kind";
    public const string InternPaid = "intern-paid";
    public const string PayBand = "pay-band";
    public const string Pay = "pay";

    /// <summary>The route constraint naming every step.</summary>
    public const string Pattern = "{step:regex(^(kind|title|occupation|description|hours|intern-paid|pay-band|pay|site|skills|adjustments|interview|closing-date|internship-length|study-partner)$)}";

    private static bool Always(PostingAnswers _) => true;

    private static bool Internship(PostingAnswers a) => a.Kind == OpportunityKind.SupportedInternship;

    private static bool Paid(PostingAnswers a) => a.Kind is { } kind && (kind.IsPaid() || (Internship(a) && a.InternPaid == true));

    public static readonly IReadOnlyList<PostingStep> All =
    [
        new(Kind, "Kind", [nameof(OpportunityForm.Kind)], Always),
        new("title", "Job name", [nameof(OpportunityForm.Title)], Always),
        new("occupation", "Occupation", [nameof(OpportunityForm.SocCode)], Always),
        new("description", "What the person will do", [nameof(OpportunityForm.Description)], Always),
        new("hours", "Hours a week", [nameof(OpportunityForm.HoursPerWeek)], Always),
        new(InternPaid, "Paid internship", [nameof(OpportunityForm.InternPaid)], Internship),
        new(PayBand, "Who the pay is for", [nameof(OpportunityForm.PayBand)], Paid),
        new(Pay, "Pay an hour", [nameof(OpportunityForm.HourlyPay)], Paid),
        new("site", "Where the person will work", [nameof(OpportunityForm.SiteId)], Always),
        new("skills", "Skills needed", [nameof(OpportunityForm.Skills)], Always),
        new("adjustments", "Adjustments offered", [nameof(OpportunityForm.Adjustments)], Always),
        new("interview", "Interview guaranteed", [nameof(OpportunityForm.InterviewGuaranteed)], Always),
        new("closing-date", "Closing date", [nameof(OpportunityForm.ClosesOn)], Always),
        new("internship-length", "Length of the internship", [nameof(OpportunityForm.InternshipLengthMonths)], Internship),
        new("study-partner", "Study programme partner", [nameof(OpportunityForm.StudyProgrammePartner)], Internship),
    ];

    public static PostingStep? Find(string slug) => All.FirstOrDefault(s => s.Slug == slug);

    /// <summary>The steps asked for these answers.</summary>
    public static IEnumerable<PostingStep> For(PostingAnswers answers) => All.Where(s => s.AppliesTo(answers));

    /// <summary>The first step asked and not yet answered after <paramref name="slug"/>, or before it; null when every one is answered.</summary>
    public static PostingStep? NextUnanswered(PostingAnswers answers, string? slug = null)
    {
        var asked = For(answers).ToList();
        var from = slug is null ? 0 : asked.FindIndex(s => s.Slug == slug) + 1;
        return asked.Skip(from).Concat(asked.Take(from)).FirstOrDefault(s => !answers.Answered.Contains(s.Slug));
    }

    /// <summary>The step asked before this one, for the Back link; null for the first.</summary>
    public static PostingStep? Before(PostingAnswers answers, string slug)
    {
        var asked = For(answers).ToList();
        var index = asked.FindIndex(s => s.Slug == slug);
        return index > 0 ? asked[index - 1] : null;
    }

    /// <summary>The step whose page asks for the field named in an error (ClosesOn.Day belongs to ClosesOn).</summary>
    public static PostingStep? ForField(string field) =>
        All.FirstOrDefault(s => s.Fields.Any(f => field == f || field.StartsWith(f + ".", StringComparison.Ordinal) || field.StartsWith(f + "[", StringComparison.Ordinal)));
}
