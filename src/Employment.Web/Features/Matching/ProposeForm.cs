using Employment.Web.Infrastructure.GovUk;

namespace Employment.Web.Features.Matching;

/// <summary>
/// A proposal as typed. The suggestion card's button sends no date (the person is introduced today); the page for an
/// earlier date sends <see cref="Dated"/> with the date the person was introduced.
/// </summary>
public sealed class ProposeForm
{
    public const string DateName = "the date the person was introduced";

    public bool Dated { get; set; }
    public DateParts IntroducedOn { get; set; } = new();

    /// <summary>"people" when the coach came from the opportunity's "People for" page, so they go back there.</summary>
    public string? From { get; set; }

    /// <summary>The date given, or null for today (the button) or a date that could not be read (the validator says why).</summary>
    public DateOnly? Date => Dated ? IntroducedOn.Parse(DateName).Date : null;
}
