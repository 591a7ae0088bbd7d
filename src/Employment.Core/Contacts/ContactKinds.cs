namespace Employment.Core.Contacts;

/// <summary>The words for contact kinds and outcomes, as options and as lines of the log.</summary>
public static class ContactKinds
{
    public static string Label(this ContactKind kind) => kind switch
    {
        ContactKind.CaseNote => "Case note (no contact)",
        ContactKind.HomeVisit => "Home visit",
        ContactKind.WorkVisit => "Visit at work",
        ContactKind.PhoneCall => "Phone call",
        ContactKind.Message => "Message (text, email or letter)",
        ContactKind.MeetingWithPerson => "Meeting with the person",
        ContactKind.MeetingWithEmployer => "Meeting with the employer",
        ContactKind.Other => "Other contact",
        _ => kind.ToString(),
    };

    public static string Label(this ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.Reached => "Spoke to them",
        ContactOutcome.CouldNotReach => "Tried, could not reach them",
        _ => outcome.ToString(),
    };
}
