using Employment.Core.Opportunities;

namespace Employment.Matching.Features;

/// <summary>Who may take an opportunity: supported internships are for people aged 16–24 with an EHC plan.</summary>
public static class Eligibility
{
    public const int InternshipMinAge = 16;
    public const int InternshipMaxAge = 24;

    public static bool IsEligible(OpportunityKind kind, int age, bool hasEhcPlan) =>
        kind != OpportunityKind.SupportedInternship || (hasEhcPlan && age is >= InternshipMinAge and <= InternshipMaxAge);
}
