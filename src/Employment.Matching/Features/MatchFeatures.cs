namespace Employment.Matching.Features;

/// <summary>
/// The numbers the ranker sees for one (person, opportunity) pair. Training, batch scoring and the pages all
/// get them from <see cref="FeatureBuilder"/>; the order of <see cref="ToVector"/> is part of a saved model.
/// </summary>
public sealed record MatchFeatures
{
    /// <summary>Bumped whenever a feature is added, removed or changes meaning, so old model files are refused.</summary>
    public const int Version = 1;

    public static readonly IReadOnlyList<string> Names =
    [
        nameof(InterestExact), nameof(InterestRank), nameof(SameMinorGroup), nameof(SameSubMajorGroup), nameof(SameMajorGroup),
        nameof(SkillsCoveredShare), nameof(JourneyMinutes), nameof(JourneyRatio), nameof(HoursInsideRange), nameof(HoursOutsideRange),
        nameof(SupportOfferedShare), nameof(SupportNotOffered), nameof(DcLevel), nameof(DcCurrent), nameof(KindWanted),
        nameof(AnyKindWanted), nameof(Eligible), nameof(Paid), nameof(PayToLivingWage), nameof(InterviewGuaranteed), nameof(AgeBand),
    ];

    public static int Count => Names.Count;

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

    /// <summary>Writes <see cref="ToVector"/>'s numbers, in its order, into <paramref name="destination"/>.</summary>
    public void CopyTo(float[] destination)
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
    }

    public float[] ToVector() =>
    [
        InterestExact, InterestRank, SameMinorGroup, SameSubMajorGroup, SameMajorGroup,
        SkillsCoveredShare, JourneyMinutes, JourneyRatio, HoursInsideRange, HoursOutsideRange,
        SupportOfferedShare, SupportNotOffered, DcLevel, DcCurrent, KindWanted,
        AnyKindWanted, Eligible, Paid, PayToLivingWage, InterviewGuaranteed, AgeBand,
    ];
}
