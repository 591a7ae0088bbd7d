using Employment.Core.Employers;
using EmployerEntity = Employment.Core.Employers.Employer;

namespace Employment.Web.Features.Employer;

/// <summary>
/// The organisation a page acts for: an employer user's own organisation, or the one a job coach
/// chose (found by <see cref="ActingEmployers"/>). The organisation and opportunity pages are shared; only this lookup differs.
/// </summary>
public sealed record ActingEmployer(EmployerEntity Employer, bool ByCoach)
{
    /// <summary>Only an approved organisation may post or change opportunities.</summary>
    public bool MayChangeOpportunities => Employer.Approval == ApprovalStatus.Approved;

    /// <summary>How pages refer to the organisation: "your organisation" for its own staff, its name for a coach.</summary>
    public string Possessive => ByCoach ? Employer.Name + "'s" : "your";
}

/// <summary>What a shared form page shows around its fields.</summary>
public sealed record FormPage(string Caption, string Heading, string Action, string Submit, string Cancel);
