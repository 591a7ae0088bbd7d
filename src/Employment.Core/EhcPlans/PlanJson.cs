using System.Text.Json;
using System.Text.Json.Serialization;

namespace Employment.Core.EhcPlans;

/// <summary>A reading in the interchange shape of the shared EHC plan sample (truth/&lt;name&gt;.json): the "ehc read" output.</summary>
public static class PlanJson
{
    public sealed record Profile(
        [property: JsonPropertyName("given_name")] string? GivenName,
        [property: JsonPropertyName("family_name")] string? FamilyName,
        [property: JsonPropertyName("date_of_birth")] string? DateOfBirth,
        [property: JsonPropertyName("postcode")] string? Postcode,
        [property: JsonPropertyName("plan_issued")] string? PlanIssued,
        [property: JsonPropertyName("next_review")] string? NextReview,
        [property: JsonPropertyName("aspirations")] string Aspirations,
        [property: JsonPropertyName("interests")] IReadOnlyList<string> Interests,
        [property: JsonPropertyName("skills")] IReadOnlyList<string> Skills,
        [property: JsonPropertyName("support_needs")] IReadOnlyList<string> SupportNeeds,
        [property: JsonPropertyName("employment_outcomes")] IReadOnlyList<string> EmploymentOutcomes);

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Profile ToProfile(PlanReading reading) => new(
        reading.GivenName?.Value, reading.FamilyName?.Value, Iso(reading.DateOfBirth), reading.Postcode?.Value,
        Iso(reading.PlanIssued), Iso(reading.NextReview),
        string.Join(' ', reading.Aspirations.Select(a => a.Value)),
        reading.Interests.Take(3).Select(i => i.UnitGroup).ToList(),
        reading.Skills.Select(s => s.Value).ToList(),
        reading.SupportNeeds.Select(s => s.Value).ToList(),
        reading.EmploymentOutcomes.Select(o => o.Value).ToList());

    public static string Write(PlanReading reading) => JsonSerializer.Serialize(ToProfile(reading), Options);

    private static string? Iso(PlanField<DateOnly>? date) => date?.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
