using Employment.Web.Infrastructure;

namespace Employment.Web.Features.Employer.Opportunities.Posting;

/// <summary>
/// Adjustments as an employer offers them. The reference list (seed/reference/adjustments.csv) is worded for the job seeker
/// ("A workmate who helps me"), which stays on the job seeker's pages; the employer's pages say the same thing about the
/// person (decision 0068). Adjustments worded the same for both are not listed here.
/// </summary>
public static class EmployerAdjustments
{
    private static readonly Dictionary<string, string> Wording = new(StringComparer.Ordinal)
    {
        ["job_coach_on_site"] = "A job coach at work with them",
        ["mentor_buddy"] = "A workmate who helps them",
    };

    public static string Label(ReferenceLists.Term term) => Wording.GetValueOrDefault(term.Value, term.Label);

    /// <summary>The adjustments list, worded for the employer.</summary>
    public static async Task<IReadOnlyList<ReferenceLists.Term>> TermsAsync(ReferenceLists lists) =>
        (await lists.AdjustmentsAsync()).Select(t => t with { Label = Label(t) }).ToList();
}
