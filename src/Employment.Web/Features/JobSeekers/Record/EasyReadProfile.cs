using Employment.Core.JobSeekers;

namespace Employment.Web.Features.JobSeekers.Record;

public sealed record EasyReadProfile(JobSeeker Person, IReadOnlyList<string> Jobs, IReadOnlyList<string> Skills, IReadOnlyList<string> Support)
{
    /// <summary>SOC titles carry their code in brackets for coaches; the person sees the words only.</summary>
    public static string PlainJobTitle(string label)
    {
        var bracket = label.LastIndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? label[..bracket] : label;
    }

    public string Travel => Person.TravelMode switch
    {
        TravelMode.Walk => $"I walk to work. I can walk for up to {Person.TravelMaxMinutes} minutes.",
        TravelMode.PublicTransport => $"I go to work by bus, tram or train. My journey can be up to {Person.TravelMaxMinutes} minutes.",
        _ => $"I get a lift to work. The journey can be up to {Person.TravelMaxMinutes} minutes.",
    };
}
