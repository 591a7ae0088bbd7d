using Employment.Core.Contacts;
using Employment.Core.Placements;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.JobSeekers.Contacts;

/// <summary>A note or contact as typed: choices stay text so anything sent is shown back with a plain message.</summary>
public sealed class ContactForm
{
    public const string DateName = "the date it happened";

    public string? Kind { get; set; }
    public string? Outcome { get; set; }
    public DateParts OccurredOn { get; set; } = new();
    public string? Text { get; set; }
    public string? PlacementId { get; set; }
    public string? FollowUpId { get; set; }

    public static IEnumerable<SelectListItem> KindOptions =>
        Enum.GetValues<ContactKind>().Select(k => new SelectListItem(k.Label(), k.ToString()));

    public static IEnumerable<SelectListItem> OutcomeOptions =>
        Enum.GetValues<ContactOutcome>().Select(o => new SelectListItem(o.Label(), o.ToString()));

    public static IEnumerable<SelectListItem> PlacementOptions(ContactChoices choices) =>
        [new("None", ""), .. choices.Placements.Select(p => new SelectListItem(p.Title, p.Id.ToString()))];

    public static IEnumerable<SelectListItem> FollowUpOptions(ContactChoices choices) =>
        [new("No, it does not complete a follow-up", ""), .. choices.OpenFollowUps.Select(f => new SelectListItem(
            $"{f.Kind.Label()} due {WhenItHappened.Day(f.DueOn)} ({f.Placement!.Opportunity!.Title})", f.Id.ToString()))];

    public static ContactKind? ReadKind(string? typed) => Enum.TryParse<ContactKind>(typed, out var kind) && Enum.IsDefined(kind) && !int.TryParse(typed, out _) ? kind : null;

    public static ContactOutcome? ReadOutcome(string? typed) => Enum.TryParse<ContactOutcome>(typed, out var outcome) && Enum.IsDefined(outcome) && !int.TryParse(typed, out _) ? outcome : null;

    /// <summary>Nothing chosen reads as no value; <c>Readable</c> is false when something was sent that is not an id.</summary>
    public static (Guid? Value, bool Readable) ReadId(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? (null, true) : Guid.TryParse(typed, out var id) ? (id, true) : (null, false);

    /// <summary>The note as far as it could be read (the validator says what could not be); an unreadable date stands in as today.</summary>
    public ContactNote ToNote(DateOnly today) => new(
        ReadKind(Kind) ?? ContactKind.CaseNote,
        ReadOutcome(Outcome),
        OccurredOn.Parse(DateName).Date ?? today,
        Text,
        ReadId(PlacementId).Value,
        ReadId(FollowUpId).Value);
}
