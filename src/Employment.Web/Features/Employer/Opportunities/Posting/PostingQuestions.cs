using Employment.Core.Opportunities;

namespace Employment.Web.Features.Employer.Opportunities.Posting;

/// <summary>Each page's question, written for the employer (or the coach posting for them).</summary>
public static class PostingQuestions
{
    public static string Heading(PostingStep step, PostingAnswers answers) => step.Slug switch
    {
        PostingSteps.Kind => "What kind of opportunity is it?",
        "title" => "What will you call this job?",
        "occupation" => "Which occupation is it closest to?",
        "description" => "What will the person do?",
        "hours" => "How many hours a week is it?",
        PostingSteps.InternPaid => "Will you pay the intern?",
        PostingSteps.PayBand => "Who is the pay for?",
        PostingSteps.Pay => "How much will you pay an hour?",
        "site" => "Where will the person work?",
        "skills" => "Which skills will the person use?",
        "adjustments" => "Which adjustments will you offer?",
        "interview" => "Will you offer an interview to every disabled applicant who meets the essential criteria?",
        "closing-date" => "When does the opportunity close?",
        "internship-length" => "How many months does the internship last?",
        "study-partner" => "Who runs the study programme?",
        _ => answers.Kind?.Label() ?? step.Summary,
    };

    /// <summary>Each pay band with the name of its statutory rate and the least it pays today.</summary>
    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> PayBands(OpportunityKind? kind, DateOnly today) =>
        Enum.GetValues<PayBand>()
            .Where(b => b != PayBand.Apprentice || kind == OpportunityKind.Apprenticeship)
            .Select(b => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(BandWithRate(b, today), b.ToString()));

    public static string BandWithRate(PayBand band, DateOnly today) =>
        $"{band.Label()}: {band.RateName()}, at least {OpportunityOptions.Pounds(MinimumWage.For(band, today))} an hour";
}
