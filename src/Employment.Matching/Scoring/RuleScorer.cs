using Employment.Matching.Features;

namespace Employment.Matching.Scoring;

/// <summary>
/// A transparent weighted sum of the features, for when no trained model exists or the model does not beat it.
/// The weights are a job coach's rules of thumb, not fitted: interest and eligibility first, then journey,
/// support and hours, then the employer's commitments.
/// </summary>
public sealed class RuleScorer : IMatchScorer, IFactorExplainer
{
    public const string RuleName = "Rule-based scorer";

    public string Name => RuleName;

    public float[] Score(IReadOnlyList<MatchFeatures> pairs)
    {
        var scores = new float[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            scores[i] = ScoreOne(pairs[i]);
        }
        return scores;
    }

    public static float ScoreOne(MatchFeatures f)
    {
        var interest = f.InterestRank > 0 ? 3f - 0.25f * (f.InterestRank - 1)
            : f.SameMinorGroup == 1 ? 1.8f
            : f.SameSubMajorGroup == 1 ? 1.2f
            : f.SameMajorGroup == 1 ? 0.6f
            : 0f;
        var journey = f.JourneyRatio <= 1 ? 1.5f : 1.5f - 2f * Math.Min(f.JourneyRatio - 1, 2);
        var hours = f.HoursInsideRange == 1 ? 1f : 1f - Math.Min(f.HoursOutsideRange, 10) / 10f * 2f;
        var support = 1.5f * f.SupportOfferedShare - 0.25f * f.SupportNotOffered;
        var kind = f.KindWanted == 1 ? (f.AnyKindWanted == 1 ? 0.75f : 1f) : -1f;
        var employer = 0.25f * f.DcLevel + 0.25f * f.DcCurrent + 0.5f * f.InterviewGuaranteed;
        var pay = f.Paid == 1 && f.PayToLivingWage >= 1 ? 0.25f : 0f;
        var eligible = f.Eligible == 1 ? 0f : -10f;
        return interest + journey + hours + support + kind + employer + pay + 0.5f * f.SkillsCoveredShare + eligible;
    }

    public FactorContributions Contributions(MatchFeatures pair) => FactorContributions.FromRule(pair);

    /// <summary>
    /// <see cref="ScoreOne"/>'s terms by <see cref="Factor"/>, in double: they add up to its score (to float
    /// rounding). The reasons come from these when the rule scorer ranks.
    /// </summary>
    public static double[] Terms(MatchFeatures f)
    {
        var terms = new double[Factors.Count];
        terms[(int)Factor.Interest] = f.InterestRank > 0 ? 3.0 - 0.25 * (f.InterestRank - 1)
            : f.SameMinorGroup == 1 ? 1.8
            : f.SameSubMajorGroup == 1 ? 1.2
            : f.SameMajorGroup == 1 ? 0.6
            : 0;
        terms[(int)Factor.Journey] = f.JourneyRatio <= 1 ? 1.5 : 1.5 - 2.0 * Math.Min(f.JourneyRatio - 1, 2);
        terms[(int)Factor.Hours] = f.HoursInsideRange == 1 ? 1 : 1 - Math.Min(f.HoursOutsideRange, 10) / 10.0 * 2;
        terms[(int)Factor.Support] = 1.5 * f.SupportOfferedShare - 0.25 * f.SupportNotOffered;
        terms[(int)Factor.Kind] = f.KindWanted == 1 ? (f.AnyKindWanted == 1 ? 0.75 : 1) : -1;
        terms[(int)Factor.DisabilityConfident] = 0.25 * f.DcLevel + 0.25 * f.DcCurrent;
        terms[(int)Factor.Interview] = 0.5 * f.InterviewGuaranteed;
        terms[(int)Factor.Pay] = f.Paid == 1 && f.PayToLivingWage >= 1 ? 0.25 : 0;
        terms[(int)Factor.Skills] = 0.5 * f.SkillsCoveredShare;
        terms[(int)Factor.Eligibility] = f.Eligible == 1 ? 0 : -10;
        return terms;
    }
}
