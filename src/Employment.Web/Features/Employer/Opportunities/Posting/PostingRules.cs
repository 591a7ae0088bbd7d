using Employment.Core.Opportunities;

namespace Employment.Web.Features.Employer.Opportunities.Posting;

/// <summary>
/// What the journey asks beyond <see cref="OpportunityFormValidator"/>'s rules: its own yes/no question for a supported
/// internship's pay, and answers the one-page form could leave blank because they were judged together with the pay.
/// </summary>
public static class PostingRules
{
    public static IEnumerable<(string Field, string Message)> Problems(PostingStep step, OpportunityForm form)
    {
        var kind = form.ToKind();
        switch (step.Slug)
        {
            case PostingSteps.InternPaid when form.InternPaid is null:
                yield return (nameof(OpportunityForm.InternPaid), "Select yes if you will pay the intern");
                break;
            case PostingSteps.PayBand when form.ToPayBand() is null:
                yield return (nameof(OpportunityForm.PayBand), "Select who the pay is for");
                break;
            case PostingSteps.PayBand when form.ToPayBand() == PayBand.Apprentice && kind != OpportunityKind.Apprenticeship:
                yield return (nameof(OpportunityForm.PayBand), "Only apprenticeships can pay the apprentice rate. Select the age group the pay is for");
                break;
            case PostingSteps.Pay when kind == OpportunityKind.SupportedInternship && string.IsNullOrEmpty(form.TypedPay):
                yield return (nameof(OpportunityForm.HourlyPay), "Enter the hourly pay, or go back and say you will not pay the intern");
                break;
        }
    }
}
