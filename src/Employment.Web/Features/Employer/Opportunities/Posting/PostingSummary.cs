using System.Globalization;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Web.Infrastructure;

namespace Employment.Web.Features.Employer.Opportunities.Posting;

/// <summary>Check your answers: one row for each question asked, in the order asked.</summary>
public static class PostingSummary
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static async Task<IReadOnlyList<(PostingStep Step, SummaryRow Row)>> RowsAsync(PostingAnswers answers, IReadOnlyList<EmployerSite> sites, ReferenceLists lists, DateOnly today)
    {
        var occupations = await lists.OccupationsAsync();
        var skills = await lists.SkillsAsync();
        var adjustments = await EmployerAdjustments.TermsAsync(lists);
        var form = answers.ToForm();
        return PostingSteps.For(answers).Select(step => (step, new SummaryRow(step.Summary, step.Slug switch
        {
            PostingSteps.Kind => [form.ToKind()?.Label() ?? "Not given"],
            "title" => [Given(form.Title)],
            "occupation" => [string.IsNullOrEmpty(form.SocCode) ? "Not given" : ReferenceLists.LabelOf(occupations, form.SocCode)],
            "description" => [Given(form.Description)],
            "hours" => [Given(form.HoursPerWeek)],
            PostingSteps.InternPaid => [form.InternPaid switch { true => "Yes", false => "No", null => "Not given" }],
            PostingSteps.PayBand => [form.ToPayBand() is { } band ? PostingQuestions.BandWithRate(band, today) : "Not given"],
            PostingSteps.Pay => [form.ToHourlyPay() is { } pay ? $"{OpportunityOptions.Pounds(pay)} an hour" : Given(form.HourlyPay)],
            "site" => [form.SiteId is { } id && sites.FirstOrDefault(s => s.Id == id) is { } site ? $"{site.Name} ({site.Postcode})" : "Not given"],
            "skills" => form.Skills.Count == 0 ? ["None needed at the start"] : form.Skills.Select(s => ReferenceLists.LabelOf(skills, s)).ToList(),
            "adjustments" => form.Adjustments.Count == 0 ? ["None"] : form.Adjustments.Select(a => ReferenceLists.LabelOf(adjustments, a)).ToList(),
            "interview" => [form.InterviewGuaranteed switch { true => "Yes", false => "No", null => "Not given" }],
            "closing-date" => [form.ClosesOn.IsEmpty ? "No closing date" : form.ToClosesOn()?.ToString("d MMMM yyyy", Culture) ?? "Not a real date"],
            "internship-length" => [form.ToInternshipLengthMonths() is { } months ? $"{months} months" : Given(form.InternshipLengthMonths)],
            "study-partner" => [Given(form.StudyProgrammePartner)],
            _ => ["Not given"],
        }))).ToList();
    }

    private static string Given(string? text) => string.IsNullOrWhiteSpace(text) ? "Not given" : text.Trim();
}
