namespace Employment.Web.Features.MyView;

/// <summary>
/// The picture for one kind of help at work: a file under wwwroot/icons and what it shows, for its text alternative.
/// Each adjustment in seed/reference/adjustments.csv has its own (a test checks every one has a file).
/// </summary>
public sealed record SupportIcon(string File, string Shows)
{
    private static readonly SupportIcon Fallback = new("hands.svg", "Helping hands");

    public static readonly IReadOnlyDictionary<string, SupportIcon> ByAdjustment = new Dictionary<string, SupportIcon>(StringComparer.Ordinal)
    {
        ["easy_read_information"] = new("easy-read.svg", "A page with a picture and a few words"),
        ["visual_schedule"] = new("timetable.svg", "A timetable made of pictures"),
        ["written_instructions"] = new("written-list.svg", "A written list"),
        ["extra_training_time"] = new("hourglass.svg", "An hourglass"),
        ["job_coach_on_site"] = new("job-coach.svg", "A coach beside a worker"),
        ["mentor_buddy"] = new("workmates.svg", "Two workmates"),
        ["quiet_workspace"] = new("quiet.svg", "A sign that says be quiet"),
        ["noise_reduction"] = new("ear-defenders.svg", "Ear defenders"),
        ["predictable_tasks"] = new("same-order.svg", "Steps 1, 2 and 3"),
        ["structured_routine"] = new("routine.svg", "A clock at the start of the day"),
        ["regular_breaks"] = new("cup.svg", "A cup of tea"),
        ["flexible_hours"] = new("flexible-hours.svg", "A clock with arrows"),
        ["reduced_hours_start"] = new("fewer-hours.svg", "A short bar and a tall bar"),
        ["step_free_access"] = new("step-free.svg", "A wheelchair on a flat path"),
        ["accessible_toilet"] = new("toilet.svg", "An accessible toilet sign"),
        ["assistive_technology"] = new("tablet.svg", "A tablet computer"),
        ["bsl_interpreter"] = new("sign-language.svg", "Hands signing"),
        ["large_print"] = new("large-print.svg", "A big letter A"),
        ["working_interview"] = new("try-job.svg", "A worker trying a job"),
        ["travel_training"] = new("route.svg", "A route on a map"),
    };

    public static SupportIcon For(string adjustmentTag) => ByAdjustment.TryGetValue(adjustmentTag, out var icon) ? icon : Fallback;
}
