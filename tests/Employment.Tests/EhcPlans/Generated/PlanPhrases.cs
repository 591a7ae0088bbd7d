namespace Employment.Tests.EhcPlans.Generated;

/// <summary>Ways of saying each skill, adjustment and job, written for the generator independently of the reader's phrase lists.</summary>
public static class PlanPhrases
{
    /// <summary>Verb phrases that complete "can ...", "is able to ...".</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Skills = new Dictionary<string, string[]>
    {
        ["customer_service"] = ["serve customers politely", "help customers at the counter", "deal with members of the public"],
        ["food_preparation"] = ["make sandwiches and simple snacks", "prepare cold food safely", "cook a simple meal"],
        ["washing_up"] = ["wash up pots and pans", "load and empty a dishwasher"],
        ["cleaning"] = ["wipe down tables and surfaces", "mop floors", "hoover a room"],
        ["laundry"] = ["fold towels and sheets", "use a washing machine"],
        ["stock_handling"] = ["unpack deliveries", "put away stock in the stockroom"],
        ["shelf_filling"] = ["fill shelves", "stack shelves with tins and packets"],
        ["packing"] = ["pack items into boxes", "bag up orders"],
        ["sorting_recycling"] = ["sort recycling into the right bins", "separate waste for recycling"],
        ["data_entry"] = ["type information into a spreadsheet", "do simple data entry"],
        ["filing"] = ["file letters in alphabetical order", "do filing in an office"],
        ["photocopying_scanning"] = ["use the photocopier", "scan documents"],
        ["post_handling"] = ["sort the post", "deliver mail around the building"],
        ["reception"] = ["greet visitors", "welcome guests at the front desk"],
        ["telephone"] = ["answer the phone", "take phone messages"],
        ["cash_handling"] = ["handle cash", "take card payments"],
        ["computer_basics"] = ["use a computer to send emails", "use a laptop"],
        ["reading"] = ["read simple signs and labels", "read short instructions"],
        ["numeracy"] = ["count items", "tell the time"],
        ["gardening"] = ["water and weed plants", "help with gardening"],
        ["animal_care"] = ["feed and groom animals", "care for pets"],
        ["caring"] = ["look after younger children", "support older people"],
        ["portering"] = ["push a trolley safely", "move equipment around the site"],
        ["hospitality_service"] = ["clear tables", "take food orders"],
        ["barista"] = ["make hot drinks", "use a coffee machine"],
        ["retail_display"] = ["set up a display", "arrange products on a display"],
        ["assembly"] = ["put simple things together", "assemble small parts"],
        ["machine_minding"] = ["keep an eye on a machine", "operate a machine safely"],
        ["lifting"] = ["lift and carry boxes", "carry heavy bags"],
        ["time_keeping"] = ["arrive on time", "get to college on time every day"],
        ["following_instructions"] = ["follow simple instructions", "follow a set of steps"],
        ["teamwork"] = ["work as part of a team", "work well with others"],
        ["working_alone"] = ["work independently", "work without close supervision"],
        ["attention_to_detail"] = ["check work carefully", "work accurately"],
    };

    /// <summary>Noun phrases that complete "benefits from ...", "needs ...", or stand alone as provision.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Adjustments = new Dictionary<string, string[]>
    {
        ["easy_read_information"] = ["information in easy read", "easy-read versions of letters and forms"],
        ["visual_schedule"] = ["a visual timetable", "a picture schedule of the day"],
        ["written_instructions"] = ["instructions written down", "a written checklist for each task"],
        ["extra_training_time"] = ["extra time to learn new tasks", "more time to practise new skills"],
        ["job_coach_on_site"] = ["a job coach in the workplace", "support from a job coach at work"],
        ["mentor_buddy"] = ["a buddy at work", "a workplace mentor"],
        ["quiet_workspace"] = ["a quiet place to work", "a calm, low-distraction work area"],
        ["noise_reduction"] = ["ear defenders in noisy places", "noise-cancelling headphones"],
        ["predictable_tasks"] = ["the same tasks in the same order", "predictable tasks"],
        ["structured_routine"] = ["a fixed routine and start time", "a clear daily routine"],
        ["regular_breaks"] = ["regular breaks", "short breaks every hour"],
        ["flexible_hours"] = ["flexible hours", "flexibility in start and finish times"],
        ["reduced_hours_start"] = ["a phased start with short days", "fewer hours at first"],
        ["step_free_access"] = ["step-free access", "level access to buildings"],
        ["accessible_toilet"] = ["an accessible toilet", "a disabled toilet nearby"],
        ["assistive_technology"] = ["assistive technology", "text-to-speech software"],
        ["bsl_interpreter"] = ["a British Sign Language interpreter", "a BSL interpreter at meetings"],
        ["large_print"] = ["large print", "written material in a larger font"],
        ["working_interview"] = ["a working interview instead of a formal interview", "a job trial rather than a sit-down interview"],
        ["travel_training"] = ["travel training", "help to learn the route to work"],
    };

    /// <summary>Verb phrases completing "I want to ...", the unit group they mean and others that are fair answers.</summary>
    public static readonly IReadOnlyList<(string[] Phrases, string UnitGroup, string[] Acceptable)> Jobs =
    [
        (["work in a shop", "be a shop assistant", "work in a clothes shop"], "7111", ["7112", "9241"]),
        (["be a cashier", "work on the tills in a supermarket"], "7112", ["7111"]),
        (["stack shelves in a supermarket", "be a shelf filler"], "9241", ["7111"]),
        (["be a cleaner", "clean offices"], "9223", ["9229", "6231"]),
        (["work in a kitchen", "be a kitchen assistant"], "9263", ["5435"]),
        (["work in a café", "be a barista", "make coffee in a coffee shop"], "9266", ["9265", "9263"]),
        (["be a waiter", "wait on tables in a restaurant"], "9264", ["9263"]),
        (["work with animals", "look after dogs in kennels"], "6129", []),
        (["be a gardener", "work outdoors in parks and gardens"], "5113", ["5114"]),
        (["work in a warehouse", "pick and pack orders in a warehouse"], "9252", ["9132"]),
        (["sort the post at Royal Mail", "be a postman"], "9211", ["9253"]),
        (["be a hospital porter"], "9262", []),
        (["be a care worker", "look after older people in a care home"], "6135", ["6131"]),
        (["work in a nursery", "look after young children"], "6111", ["6116"]),
        (["be a mechanic", "fix cars in a garage"], "5231", []),
        (["be a receptionist"], "4216", []),
        (["be a baker", "work in a bakery"], "5432", []),
        (["be a hairdresser"], "6221", []),
        (["be a delivery driver"], "8214", ["9253"]),
        (["be a football coach"], "3432", []),
    ];
}
