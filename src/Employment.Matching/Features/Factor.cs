namespace Employment.Matching.Features;

/// <summary>
/// The parts of a profile a coach talks about, which the 99 features are grouped into for the reasons: each feature
/// belongs to exactly one (see <see cref="Factors.Of"/>), so a pair's contributions add up by factor.
/// </summary>
public enum Factor
{
    Interest,
    Skills,
    Journey,
    Hours,
    Support,
    DisabilityConfident,
    Interview,
    Kind,
    Eligibility,
    Pay,
    EmployerRecord,
}

public static class Factors
{
    public static readonly int Count = Enum.GetValues<Factor>().Length;

    /// <summary>
    /// Each feature's factor, in <see cref="MatchFeatures.Names"/> order; null for the rule score (see
    /// <see cref="FactorContributions"/>) and for the outcome a row asks about, which is the same for every pair scored.
    /// </summary>
    internal static readonly Factor?[] OfFeature = [.. MatchFeatures.Names.Select(Of)];

    internal static readonly int RuleScoreIndex = MatchFeatures.Names.ToList().IndexOf("RuleScore");

    public static Factor? Of(string featureName) => featureName switch
    {
        nameof(MatchFeatures.InterestExact) or nameof(MatchFeatures.InterestRank) or nameof(MatchFeatures.SameMinorGroup)
            or nameof(MatchFeatures.SameSubMajorGroup) or nameof(MatchFeatures.SameMajorGroup) or nameof(MatchFeatures.InterestCount)
            or nameof(MatchFeatures.InterestWithSkills) => Factor.Interest,
        nameof(MatchFeatures.SkillsCoveredShare) or nameof(MatchFeatures.SkillsRequired) or nameof(MatchFeatures.SkillsMissing) => Factor.Skills,
        nameof(MatchFeatures.JourneyMinutes) or nameof(MatchFeatures.JourneyRatio) or nameof(MatchFeatures.DistanceKm)
            or nameof(MatchFeatures.TravelMode) or nameof(MatchFeatures.TravelMaxMinutes) or nameof(MatchFeatures.WalkingKm) => Factor.Journey,
        nameof(MatchFeatures.HoursInsideRange) or nameof(MatchFeatures.HoursOutsideRange) or nameof(MatchFeatures.HoursPerWeek)
            or nameof(MatchFeatures.HoursMin) or nameof(MatchFeatures.HoursMax) or nameof(MatchFeatures.HoursShort) or nameof(MatchFeatures.HoursOver) => Factor.Hours,
        nameof(MatchFeatures.SupportOfferedShare) or nameof(MatchFeatures.SupportNotOffered) or nameof(MatchFeatures.NeedsCount)
            or nameof(MatchFeatures.UnmetNeedsSoftened) or nameof(MatchFeatures.HoursWithUnmetNeeds) => Factor.Support,
        nameof(MatchFeatures.DcLevel) or nameof(MatchFeatures.DcCurrent) => Factor.DisabilityConfident,
        nameof(MatchFeatures.InterviewGuaranteed) => Factor.Interview,
        nameof(MatchFeatures.KindWanted) or nameof(MatchFeatures.AnyKindWanted) or nameof(MatchFeatures.Kind)
            or nameof(MatchFeatures.InternshipWithEhcPlan) => Factor.Kind,
        nameof(MatchFeatures.Eligible) or nameof(MatchFeatures.AgeBand) or nameof(MatchFeatures.HasEhcPlan) => Factor.Eligibility,
        nameof(MatchFeatures.Paid) or nameof(MatchFeatures.PayToLivingWage) or nameof(MatchFeatures.HourlyPay) => Factor.Pay,
        nameof(MatchFeatures.EmployerProposals) or nameof(MatchFeatures.EmployerMeanGrade) or nameof(MatchFeatures.EmployerStartedShare) => Factor.EmployerRecord,
        _ when featureName.StartsWith("SkillMissing:", StringComparison.Ordinal) => Factor.Skills,
        _ when featureName.StartsWith("NeedUnmet:", StringComparison.Ordinal) => Factor.Support,
        "RuleScore" or MatchFeatures.OutcomeThreshold => null,
        _ => throw new ArgumentException($"Feature {featureName} belongs to no factor: add it to Factors.Of.", nameof(featureName)),
    };
}
