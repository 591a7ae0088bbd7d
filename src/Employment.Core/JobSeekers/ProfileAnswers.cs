using System.Text.Json;
using Employment.Core.Opportunities;

namespace Employment.Core.JobSeekers;

/// <summary>A careers profile's answers while they are being added or changed; saved as JSON in a draft.</summary>
public sealed class ProfileAnswers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? HomePostcode { get; set; }
    public double? HomeLatitude { get; set; }
    public double? HomeLongitude { get; set; }
    public int? LocalAuthorityId { get; set; }
    public bool? HasEhcPlan { get; set; }
    public bool? LongTermSupportForLearningDisability { get; set; }
    public DateOnly? EhcPlanIssuedOn { get; set; }
    public DateOnly? EhcNextReviewOn { get; set; }

    /// <summary>The plan this draft was read from, and what the coach has still to review; never saved on the person.</summary>
    public Employment.Core.EhcPlans.Review.PlanDraft? Plan { get; set; }
    public string? Aspirations { get; set; }
    public List<string> Interests { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<string> SupportNeeds { get; set; } = [];
    public TravelMode? TravelMode { get; set; }
    public int? TravelMaxMinutes { get; set; }
    public bool? TravelTrainingNeeded { get; set; }
    public decimal? HoursMin { get; set; }
    public decimal? HoursMax { get; set; }
    public List<OpportunityKind> PreferredKinds { get; set; } = [];

    /// <summary>Steps answered so far, so a person can go straight back to "Check your answers".</summary>
    public HashSet<string> Answered { get; set; } = [];

    public static ProfileAnswers From(JobSeeker person) => new()
    {
        FirstName = person.FirstName,
        LastName = person.LastName,
        DateOfBirth = person.DateOfBirth,
        HomePostcode = person.HomePostcode,
        HomeLatitude = person.HomeLatitude,
        HomeLongitude = person.HomeLongitude,
        LocalAuthorityId = person.LocalAuthorityId,
        HasEhcPlan = person.HasEhcPlan,
        LongTermSupportForLearningDisability = person.LongTermSupportForLearningDisability,
        EhcPlanIssuedOn = person.EhcPlanIssuedOn,
        EhcNextReviewOn = person.EhcNextReviewOn,
        Aspirations = person.Aspirations,
        Interests = [.. person.Interests],
        Skills = [.. person.Skills],
        SupportNeeds = [.. person.SupportNeeds],
        TravelMode = person.TravelMode,
        TravelMaxMinutes = person.TravelMaxMinutes,
        TravelTrainingNeeded = person.TravelTrainingNeeded,
        HoursMin = person.HoursMin,
        HoursMax = person.HoursMax,
        PreferredKinds = [.. person.PreferredKinds],
        Answered = [.. ProfileSteps.All.Select(s => s.Slug)],
    };

    public void ApplyTo(JobSeeker person)
    {
        person.FirstName = FirstName!;
        person.LastName = LastName!;
        person.DateOfBirth = DateOfBirth!.Value;
        person.HomePostcode = HomePostcode;
        person.HomeLatitude = HomeLatitude!.Value;
        person.HomeLongitude = HomeLongitude!.Value;
        person.LocalAuthorityId = LocalAuthorityId!.Value;
        person.HasEhcPlan = HasEhcPlan!.Value;
        person.LongTermSupportForLearningDisability = LongTermSupportForLearningDisability ?? false;
        person.EhcPlanIssuedOn = EhcPlanIssuedOn;
        person.EhcNextReviewOn = EhcNextReviewOn;
        person.Aspirations = Aspirations;
        person.Interests = [.. Interests];
        person.Skills = [.. Skills];
        person.SupportNeeds = [.. SupportNeeds];
        person.TravelMode = TravelMode!.Value;
        person.TravelMaxMinutes = TravelMaxMinutes!.Value;
        person.TravelTrainingNeeded = TravelTrainingNeeded!.Value;
        person.HoursMin = HoursMin!.Value;
        person.HoursMax = HoursMax!.Value;
        person.PreferredKinds = [.. PreferredKinds];
    }

    public bool IsComplete => ProfileSteps.All.All(s => Answered.Contains(s.Slug));

    /// <summary>The answers kept in a draft.</summary>
    public static ProfileAnswers Read(ProfileDraft draft) => JsonSerializer.Deserialize<ProfileAnswers>(draft.Answers, Json) ?? new ProfileAnswers();

    /// <summary>The answers as a draft keeps them.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
