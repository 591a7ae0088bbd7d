namespace Employment.Web.Features.JobSeekers.Consent;

public sealed class ConsentForm
{
    public static readonly IReadOnlyList<(string Value, string Label)> Ways =
    [
        ("easy_read_page", "We read the easy read page about sharing together"),
        ("in_person_pictures", "I explained it in person, with pictures"),
        ("with_family_or_carer", "A family member or carer helped explain it"),
        ("other", "Another way"),
    ];

    public string? ExplainedHow { get; set; }

    public string? OtherWay { get; set; }

    public string Describe() =>
        ExplainedHow == "other" ? $"Another way: {OtherWay!.Trim()}" : Ways.First(w => w.Value == ExplainedHow).Label;
}
