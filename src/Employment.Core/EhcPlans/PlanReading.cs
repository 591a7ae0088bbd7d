namespace Employment.Core.EhcPlans;

/// <summary>Where a value was read: the plan's section ("A" to "K", or "Details" for the front page) and the sentence itself.</summary>
public sealed record Evidence(string Section, string Sentence);

public sealed record PlanField<T>(T Value, Evidence From);

/// <summary>A suggested occupational interest: a SOC 2020 unit group, the words that matched it and the sentence they came from.</summary>
public sealed record SuggestedInterest(string UnitGroup, string Title, string MatchedTitle, Evidence From);

/// <summary>Everything read from one plan, each value with the sentence it came from so a coach can check it before anything is saved.</summary>
public sealed record PlanReading(
    PlanField<string>? GivenName,
    PlanField<string>? FamilyName,
    PlanField<DateOnly>? DateOfBirth,
    PlanField<string>? Postcode,
    PlanField<DateOnly>? PlanIssued,
    PlanField<DateOnly>? NextReview,
    IReadOnlyList<PlanField<string>> Aspirations,
    IReadOnlyList<SuggestedInterest> Interests,
    IReadOnlyList<PlanField<string>> Skills,
    IReadOnlyList<PlanField<string>> SupportNeeds,
    IReadOnlyList<PlanField<string>> EmploymentOutcomes,
    IReadOnlyList<string> SectionsFound);

/// <summary>Either a reading or one plain-English sentence saying why the file could not be read (it names the file).</summary>
public sealed record ReadResult(PlanReading? Reading, string? Problem)
{
    public bool Succeeded => Reading is not null;
}
