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
    /// <summary>Kinds that are paid work and must pay at least the National Minimum Wage. Never traineeships: they were unpaid (docs/domain.md).</summary>
    public static bool IsPaid(this OpportunityKind kind) =>
        kind is OpportunityKind.PaidJob or OpportunityKind.Apprenticeship;

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
