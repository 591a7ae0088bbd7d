namespace Employment.Core.Opportunities;

public enum OpportunityKind
{
    PaidJob,
    SupportedInternship,
    Apprenticeship,
    Traineeship,
    WorkExperience,
    Volunteering,
}

public static class OpportunityKinds
{
    /// <summary>
    /// Kinds that must be paid at least the National Minimum Wage. Traineeships are among them though the domain says
    /// they were unpaid: a known gap left for the statistics issue (decision 0036, docs/domain.md).
    /// </summary>
    public static bool IsPaid(this OpportunityKind kind) =>
        kind is OpportunityKind.PaidJob or OpportunityKind.Apprenticeship or OpportunityKind.Traineeship;

    public static string Label(this OpportunityKind kind) => kind switch
    {
        OpportunityKind.PaidJob => "Paid job",
        OpportunityKind.SupportedInternship => "Supported internship",
        OpportunityKind.Apprenticeship => "Apprenticeship",
        OpportunityKind.Traineeship => "Traineeship",
        OpportunityKind.WorkExperience => "Work experience",
        OpportunityKind.Volunteering => "Volunteering",
        _ => kind.ToString(),
    };
}
