using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.GovUk;

namespace Employment.Web.Features.JobSeekers.Consent;

public sealed class ConsentForm
{
    public const string DecidedOnName = "the date they told you";

    public static readonly IReadOnlyList<(string Value, string Label)> Ways =
    [
        ("easy_read_page", "We read the easy read page about sharing together"),
        ("in_person_pictures", "I explained it in person, with pictures"),
        ("with_family_or_carer", "A family member or carer helped explain it"),
        ("other", "Another way"),
    ];

    /// <summary>The answers a coach can record on the consent page; withdrawing has its own button.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Answers =
    [
        ("agreed", "Yes, they agree to share"),
        ("not_agreed", "No, they do not agree to share"),
    ];

    /// <summary><c>agreed</c>, <c>not_agreed</c> or <c>withdrawn</c>.</summary>
    public string? Decision { get; set; }

    public DateParts DecidedOn { get; set; } = new();

    public string? ExplainedHow { get; set; }

    public string? OtherWay { get; set; }

    public bool IsWithdrawal => Decision == "withdrawn";

    public ConsentDecision? ToDecision() => Decision switch
    {
        "agreed" => ConsentDecision.Agreed,
        "not_agreed" => ConsentDecision.NotAgreed,
        "withdrawn" => ConsentDecision.Withdrawn,
        _ => null,
    };

    public string? Describe() => ExplainedHow switch
    {
        "other" => $"Another way: {OtherWay?.Trim()}",
        null => null,
        _ => Ways.FirstOrDefault(w => w.Value == ExplainedHow).Label,
    };

    public ConsentAnswer ToAnswer() => new(ToDecision()!.Value, DecidedOn.Parse(DecidedOnName).Date!.Value, IsWithdrawal ? null : Describe());
}
