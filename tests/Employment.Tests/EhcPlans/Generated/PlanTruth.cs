using System.Text.Json.Serialization;

namespace Employment.Tests.EhcPlans.Generated;

/// <summary>What a reader should extract from a plan: the shape of the shared sample's truth/&lt;name&gt;.json.</summary>
public sealed record PlanTruth(
    [property: JsonPropertyName("given_name")] string GivenName,
    [property: JsonPropertyName("family_name")] string FamilyName,
    [property: JsonPropertyName("date_of_birth")] string? DateOfBirth,
    [property: JsonPropertyName("postcode")] string? Postcode,
    [property: JsonPropertyName("plan_issued")] string? PlanIssued,
    [property: JsonPropertyName("next_review")] string? NextReview,
    [property: JsonPropertyName("interests")] IReadOnlyList<string> Interests,
    [property: JsonPropertyName("interests_acceptable")] IReadOnlyList<string> InterestsAcceptable,
    [property: JsonPropertyName("skills")] IReadOnlyList<string> Skills,
    [property: JsonPropertyName("support_needs")] IReadOnlyList<string> SupportNeeds,
    [property: JsonPropertyName("employment_outcomes")] IReadOnlyList<string> EmploymentOutcomes);
