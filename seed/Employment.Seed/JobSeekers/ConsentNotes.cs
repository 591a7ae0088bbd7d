namespace Employment.Seed.JobSeekers;

/// <summary>How coaches record that they explained sharing a profile with employers.</summary>
internal static class ConsentNotes
{
    public static readonly IReadOnlyList<string> All =
    [
        "Went through the easy read consent sheet together at our first meeting.",
        "Explained at home with mum there, using the easy read leaflet and pictures.",
        "Talked it through at the college review with their support worker.",
        "Used the picture cards to explain who would see the profile. They said yes.",
        "Read the easy read sheet together twice and checked they understood before they signed.",
        "Explained in a video call with their sister helping, then sent the easy read sheet in the post.",
        "Explained with the easy read sheet and a BSL interpreter.",
    ];
}
