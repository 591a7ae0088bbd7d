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
    /// Kinds that must be paid at least the National Minimum Wage, and the only kinds counted as paid work. Traineeships
    /// are not among them: they were unpaid pre-employment programmes (decision 0059).
    /// </summary>
    public static bool IsPaid(this OpportunityKind kind) =>
        kind is OpportunityKind.PaidJob or OpportunityKind.Apprenticeship;

    /// <summary>
    /// Kinds that may carry pay: the paid kinds, and supported internships, which are usually unpaid but some employers
    /// pay. A paid internship still counts as an internship, never as paid work (decision 0059).
    /// </summary>
    public static bool MayBePaid(this OpportunityKind kind) => kind.IsPaid() || kind == OpportunityKind.SupportedInternship;

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
