namespace Employment.Seed;

/// <summary>The parts of the demo world's hidden fit between a person and an opportunity, each from 0 to 1.</summary>
public sealed record FitBreakdown(
    double Interest,
    double Journey,
    double Hours,
    double Support,
    double DisabilityConfident,
    double InterviewGuaranteed,
    double Kind)
{
    public double Total =>
        0.30 * Interest
        + 0.20 * Journey
        + 0.12 * Hours
        + 0.15 * Support
        + 0.08 * DisabilityConfident
        + 0.05 * InterviewGuaranteed
        + 0.10 * Kind;
}
