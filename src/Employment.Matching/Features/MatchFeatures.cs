using Employment.Matching.Scoring;

namespace Employment.Matching.Features;

/// <summary>
/// The numbers the ranker sees for one (person, opportunity) pair. Training, batch scoring and the pages all
/// get them from <see cref="FeatureBuilder"/>; the order of <see cref="ToVector"/> is part of a saved model.
/// Besides the summaries the rule scorer and the explanations use, the raw facts behind them are kept (distance and
/// mode, the hours range, pay, which skills are missing and which needs unmet), so trees can find what the
/// summaries lose; chosen by measurement on the proving ground (docs/decisions/0045-richer-ranker-features.md).
/// </summary>
public sealed record MatchFeatures
{
    /// <summary>Bumped whenever a feature is added, removed or changes meaning, so old model files are refused.</summary>
    public const int Version = 6;

    private static readonly string[] Summaries =
    [
        nameof(InterestExact), nameof(InterestRank), nameof(SameMinorGroup), nameof(SameSubMajorGroup), nameof(SameMajorGroup),
        nameof(SkillsCoveredShare), nameof(JourneyMinutes), nameof(JourneyRatio), nameof(HoursInsideRange), nameof(HoursOutsideRange),
        nameof(SupportOfferedShare), nameof(SupportNotOffered), nameof(DcLevel), nameof(DcCurrent), nameof(KindWanted),
        nameof(AnyKindWanted), nameof(Eligible), nameof(Paid), nameof(PayToLivingWage), nameof(InterviewGuaranteed), nameof(AgeBand),
        nameof(DistanceKm), nameof(TravelMode), nameof(TravelMaxMinutes), nameof(HoursPerWeek), nameof(HoursMin), nameof(HoursMax),
        nameof(HoursShort), nameof(HoursOver), nameof(SkillsRequired), nameof(SkillsMissing), nameof(NeedsCount), nameof(HourlyPay),
        nameof(HasEhcPlan), nameof(Kind), nameof(InterestCount), nameof(EmployerProposals), nameof(EmployerMeanGrade),
        nameof(EmployerStartedShare), nameof(UnmetNeedsSoftened), nameof(InterestWithSkills), nameof(HoursWithUnmetNeeds),
        nameof(WalkingKm), nameof(InternshipWithEhcPlan), OutcomeThreshold, "RuleScore",
    ];

    public static readonly IReadOnlyList<string> Names =
    [
        .. Summaries,
        .. FeatureVocabulary.Skills.Select(s => "SkillMissing:" + s),
        .. FeatureVocabulary.Needs.Select(n => "NeedUnmet:" + n),
    ];

    public static int Count => Names.Count;

    /// <summary>
    /// Not a fact of the pair but the question a row asks: which outcome, less an offer (grade 2). The ordinal trainer
    /// asks every pair about each grade from 1 to 4 (−1 to 2); every pair is scored asking about an offer or better, so
    /// it is 0 in a pair's own numbers (decision 0090).
    /// </summary>
    public const string OutcomeThreshold = "OutcomeThreshold";

    /// <summary>Where <see cref="OutcomeThreshold"/> sits in <see cref="ToVector"/>.</summary>
    public const int OutcomeThresholdIndex = 44;

    /// <summary>What a pair's <see cref="OutcomeThreshold"/> holds: the question "an offer or better?".</summary>
    public const float PairsOutcomeThreshold = 0;

    public float InterestExact { get; init; }

    /// <summary>1 for the most wanted interest, 2, 3…; 0 when no interest is this unit group.</summary>
    public float InterestRank { get; init; }

    public float SameMinorGroup { get; init; }
    public float SameSubMajorGroup { get; init; }
    public float SameMajorGroup { get; init; }

    /// <summary>Share of the skills asked for that the person has; 1 when none are asked for.</summary>
    public float SkillsCoveredShare { get; init; }

    public float JourneyMinutes { get; init; }

    /// <summary>Journey minutes over the longest journey the person can manage; above 1 is too far.</summary>
    public float JourneyRatio { get; init; }

    public float HoursInsideRange { get; init; }

    /// <summary>Hours a week outside the person's range, either side.</summary>
    public float HoursOutsideRange { get; init; }

    /// <summary>Share of the person's support needs that the opportunity offers; 1 when there are none.</summary>
    public float SupportOfferedShare { get; init; }

    public float SupportNotOffered { get; init; }

    /// <summary>0 none, 1 committed, 2 employer, 3 leader.</summary>
    public float DcLevel { get; init; }

    public float DcCurrent { get; init; }
    public float KindWanted { get; init; }
    public float AnyKindWanted { get; init; }
    public float Eligible { get; init; }
    public float Paid { get; init; }

    /// <summary>Hourly pay over the National Living Wage on the day; 0 when unpaid or not stated.</summary>
    public float PayToLivingWage { get; init; }

    public float InterviewGuaranteed { get; init; }

    /// <summary>0 under 18, 1 18–24, 2 25–34, 3 35–49, 4 50 and over.</summary>
    public float AgeBand { get; init; }

    /// <summary>Straight-line distance from home to the workplace.</summary>
    public float DistanceKm { get; init; }

    /// <summary>0 walk, 1 public transport, 2 lift (the enum's order).</summary>
    public float TravelMode { get; init; }

    public float TravelMaxMinutes { get; init; }
    public float HoursPerWeek { get; init; }
    public float HoursMin { get; init; }
    public float HoursMax { get; init; }

    /// <summary>Hours a week below the person's least; 0 when not below.</summary>
    public float HoursShort { get; init; }

    /// <summary>Hours a week above the person's most; 0 when not above.</summary>
    public float HoursOver { get; init; }

    public float SkillsRequired { get; init; }
    public float SkillsMissing { get; init; }
    public float NeedsCount { get; init; }

    /// <summary>Pounds an hour; 0 when unpaid or not stated.</summary>
    public float HourlyPay { get; init; }

    public float HasEhcPlan { get; init; }

    /// <summary>The opportunity kind's number in <c>OpportunityKind</c>.</summary>
    public float Kind { get; init; }

    public float InterestCount { get; init; }

    /// <summary>How the proposals made to the employer before the day went: three features, and the words of the reasons.</summary>
    public EmployerRecord EmployerRecord { get; init; }

    public float EmployerProposals => EmployerRecord.Proposals;

    /// <summary>Their mean grade, drawn towards everyone's.</summary>
    public float EmployerMeanGrade => EmployerRecord.MeanGrade;

    /// <summary>The share of them that started work, drawn towards everyone's.</summary>
    public float EmployerStartedShare => EmployerRecord.StartedShare;

    /// <summary>Unmet needs, counting for less the higher the employer's current Disability Confident level.</summary>
    public float UnmetNeedsSoftened => SupportNotOffered / (1 + DcLevel * DcCurrent);

    /// <summary>How close the occupation is to an interest times the share of skills covered: one without the other counts for less.</summary>
    public float InterestWithSkills => InterestCloseness * SkillsCoveredShare;

    private float InterestCloseness => InterestExact > 0 ? 1 : SameMinorGroup > 0 ? 0.75f : SameSubMajorGroup > 0 ? 0.5f : SameMajorGroup > 0 ? 0.25f : 0;

    /// <summary>Hours a week times unmet needs: long hours without the support needed go badly together.</summary>
    public float HoursWithUnmetNeeds => HoursPerWeek * SupportNotOffered;

    /// <summary>The distance for someone who walks, 0 for anyone else: walking minds distance most.</summary>
    public float WalkingKm => TravelMode == (float)Core.JobSeekers.TravelMode.Walk ? DistanceKm : 0;

    /// <summary>A supported internship for someone with an EHC plan, whom it is made for.</summary>
    public float InternshipWithEhcPlan => Kind == (float)Core.Opportunities.OpportunityKind.SupportedInternship && HasEhcPlan > 0 ? 1 : 0;

    /// <summary>Bit i set: the i-th skill of <see cref="FeatureVocabulary.Skills"/> is asked for and the person lacks it.</summary>
    public ulong MissingSkillBits { get; init; }

    /// <summary>
    /// Bit i set: the person needs the i-th adjustment of <see cref="FeatureVocabulary.Needs"/> and it is not offered.
    /// Its feature (<c>NeedUnmet:</c>) is not 1 but <see cref="UnmetNeedWeight"/>.
    /// </summary>
    public ulong UnmetNeedBits { get; init; }

    /// <summary>
    /// What an unmet need's own feature holds: 1 at an employer without a current Disability Confident level, ½, ⅓ and
    /// ¼ at committed, employer and leader. An employer that has committed to making adjustments softens a need it does
    /// not yet meet. Written into each need's own feature, the softening lets a split on one need see both what the
    /// need costs and how much the employer's level takes off it (decision 0096).
    /// </summary>
    public float UnmetNeedWeight => 1 / (1 + DcLevel * DcCurrent);

    /// <summary>Writes <see cref="ToVector"/>'s numbers, in its order, into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<float> destination)
    {
        destination[0] = InterestExact;
        destination[1] = InterestRank;
        destination[2] = SameMinorGroup;
        destination[3] = SameSubMajorGroup;
        destination[4] = SameMajorGroup;
        destination[5] = SkillsCoveredShare;
        destination[6] = JourneyMinutes;
        destination[7] = JourneyRatio;
        destination[8] = HoursInsideRange;
        destination[9] = HoursOutsideRange;
        destination[10] = SupportOfferedShare;
        destination[11] = SupportNotOffered;
        destination[12] = DcLevel;
        destination[13] = DcCurrent;
        destination[14] = KindWanted;
        destination[15] = AnyKindWanted;
        destination[16] = Eligible;
        destination[17] = Paid;
        destination[18] = PayToLivingWage;
        destination[19] = InterviewGuaranteed;
        destination[20] = AgeBand;
        destination[21] = DistanceKm;
        destination[22] = TravelMode;
        destination[23] = TravelMaxMinutes;
        destination[24] = HoursPerWeek;
        destination[25] = HoursMin;
        destination[26] = HoursMax;
        destination[27] = HoursShort;
        destination[28] = HoursOver;
        destination[29] = SkillsRequired;
        destination[30] = SkillsMissing;
        destination[31] = NeedsCount;
        destination[32] = HourlyPay;
        destination[33] = HasEhcPlan;
        destination[34] = Kind;
        destination[35] = InterestCount;
        destination[36] = EmployerProposals;
        destination[37] = EmployerMeanGrade;
        destination[38] = EmployerStartedShare;
        destination[39] = UnmetNeedsSoftened;
        destination[40] = InterestWithSkills;
        destination[41] = HoursWithUnmetNeeds;
        destination[42] = WalkingKm;
        destination[43] = InternshipWithEhcPlan;
        destination[OutcomeThresholdIndex] = PairsOutcomeThreshold;
        // The rule scorer's judgement as one more feature: with little data a few splits on it are the rule scorer,
        // and with more the trees correct it (the blend, measured in decision 0046).
        destination[45] = RuleScorer.ScoreOne(this);
        var at = Summaries.Length;
        Expand(MissingSkillBits, destination, at, FeatureVocabulary.Skills.Count, 1);
        Expand(UnmetNeedBits, destination, at + FeatureVocabulary.Skills.Count, FeatureVocabulary.Needs.Count, UnmetNeedWeight);
    }

    /// <summary>Each bit as its own feature: <paramref name="set"/> where the bit is set, 0 where not.</summary>
    private static void Expand(ulong bits, Span<float> destination, int at, int count, float set)
    {
        for (var i = 0; i < count; i++)
        {
            destination[at + i] = ((bits >> i) & 1) == 1 ? set : 0;
        }
    }

    public float[] ToVector()
    {
        var vector = new float[Count];
        CopyTo(vector);
        return vector;
    }
}
