using System.Text.RegularExpressions;

namespace Employment.Core.EhcPlans.Fields;

/// <summary>
/// Ways plans say each skill and each workplace adjustment (the tags of seed/reference/skills.csv and adjustments.csv):
/// synonyms and paraphrases, not sentences from any one template (decision 0041).
/// </summary>
public static class TagVocabulary
{
    public static readonly IReadOnlyList<(string Tag, Regex Pattern)> SupportNeeds = Build(new Dictionary<string, string>
    {
        ["easy_read_information"] = @"easy[- ]read|simplified (written )?(information|text|language)|symbol[- ]supported|widgit|pictures? and symbols",
        ["visual_schedule"] = @"visual (timetable|schedule|planner|timeline|routine)|picture (timetable|schedule|planner)|now[- ]and[- ]next|symbol timetable|timetable (with|using|in) (pictures|symbols|photos)",
        ["written_instructions"] = @"written (instructions|list|checklist|steps|prompts|reminders|guide|task)|instructions (are |were )?(written|on paper|in writing)|(written )?check ?list|step[- ]by[- ]step (written )?(instructions|guide|list)|task list|list of (the )?(steps|tasks)|write (things|instructions) down|written down",
        ["extra_training_time"] = @"(extra|more|additional|longer) time to (learn|practise|practice|master|pick up|get used)|(longer|extended) (training|induction)|learn (new tasks |things )?at (his|her|their|my) own pace|time to learn new (tasks|skills|things)|repeat(ed)? (practice|demonstrations?)|(extra|more) (practice|repetition)",
        ["job_coach_on_site"] = @"job coach|employment (support )?(worker|coach|officer)|supported employment (worker|officer|coach)|on[- ]site support|(support worker|coach) (in|at) (the )?(work|job)",
        ["mentor_buddy"] = @"\bbuddy\b|(workplace|work|named|peer) mentor|mentor (in|at) (the )?(work|job|placement)|(colleague|workmate|co-worker|member of staff at work) (who|to) (can |will )?(help|support|show|check)",
        ["quiet_workspace"] = @"quiet(er)? (area|space|place|room|workspace|work ?area|environment|corner|spot|location)|calm (and quiet )?(work ?)?(area|space|place|environment|room)|low[- ]distraction|distraction[- ]free|away from (noise|busy|crowds)|(small|calm),? (quiet )?(room|area) to work",
        ["noise_reduction"] = @"ear ?defenders|ear ?plugs|noise[- ]cancell?ing|ear protect|(reduce|reduced|less|lower|minimi[sz]e|limit) (the )?(noise|background noise)|noise reduction",
        ["predictable_tasks"] = @"same tasks|(predictable|consistent|familiar|repetitive|regular) (tasks|work|duties|jobs)|tasks in the same order|same order|(advance )?(notice|warning) (of|about|before) (any )?changes|prepared for (any )?changes",
        ["structured_routine"] = @"(fixed|set|consistent|clear|structured|predictable|regular|daily) (routine|structure|start time|timetable|hours)|same (start )?time each day|structured (day|environment|routine)|routine (and|with) (a )?(clear )?structure",
        ["regular_breaks"] = @"(regular|frequent|short|movement|sensory|extra|rest|planned|timed) breaks?|time[- ]out|breaks? (every|when needed|throughout|as needed)",
        ["flexible_hours"] = @"flexib(le|ility) (in |with |around |about |over )?(his |her |their |the )?(hours|working|start|finish|times|shifts|days)|(adjust|vary|change) (his|her|their|working) hours",
        ["reduced_hours_start"] = @"phased (start|return|introduction|induction|entry)|(short|shorter|reduced|fewer|part) (days|hours|shifts|weeks)( at first| to (start|begin) (with)?)?|build(ing)? up (his|her|their|the|my)? ?(hours|time)|gradual(ly)? (start|increase|build)|start(ing)? (with|on) (part|fewer|short|reduced)",
        ["step_free_access"] = @"step[- ]free|level access|\bramps?\b|wheelchair[- ](accessible|access|user)|ground[- ]floor|\blift access",
        ["accessible_toilet"] = @"accessible (toilet|toilets|loo|bathroom|changing)|changing places|disabled toilet|\bhoist",
        ["assistive_technology"] = @"assistive (technology|tech|software|devices?)|(text|speech)[- ]to[- ](speech|text)|screen[- ]?reader|magnif|voice recognition|reading pen|communication (aid|device)|(specialist|adapted|modified) (software|equipment|keyboard|mouse)|\baac\b",
        ["bsl_interpreter"] = @"(bsl|british sign language|sign language) interpret|\binterpreter\b|\bsigner\b",
        ["large_print"] = @"large[- ]print|larger (print|font|text)|enlarged (text|print|materials|documents)|(big|bigger|large) (font|writing|text)|font size",
        ["working_interview"] = @"working interview|job trial|work trial|trial (shift|day|period)|(practical|informal) (interview|assessment)|instead of a (formal |traditional )?interview|(alternative|adapted) (to a (formal )?)?interview",
        ["travel_training"] = @"travel[- ]train|learn (the|his|her|their|my) (route|journey|way)|independent travel|(help|support) (to|with) (learn to )?travel|journey to (work|college|placement)|bus route to (work|college|placement)",
    });

    public static readonly IReadOnlyList<(string Tag, Regex Pattern)> Skills = Build(new Dictionary<string, string>
    {
        ["customer_service"] = @"(help|helping|serve|serving|greet|greeting|assist|assisting|talk to|talking to|deal with|dealing with|chat to|chat with) (the )?(customers?|shoppers|the public|members of the public)|customer service|help(ing)? (people|customers|shoppers) find|(polite|friendly|helpful) (to|with) (customers|the public|visitors)|(answer|answering) (their|customers'?|people's) questions",
        ["food_preparation"] = @"(prepare|preparing|make|making|cook|cooking) (a |an |some )?(simple |hot |cold |healthy )?(food|meals?|sandwiches|snacks|salads?|pizzas?|toast|breakfast|lunch|dinner)|food prep|chop(ping)? (vegetables|fruit)|follow(ing)? (a )?recipes?|bak(e|ing) (cakes|bread|biscuits)",
        ["washing_up"] = @"wash(ing)?[- ]up|wash(ing)? (the )?(dishes|pots|pans|cups|plates)|(load|loading|empty|emptying|unload|unloading|stack|stacking) (a |the )?dishwasher",
        ["cleaning"] = @"\bclean(ing|s)?\b|\bhoover|vacuum|\bmop(ping|s)?\b|\bdust(ing)?\b|wip(e|ing) (down )?(the )?(tables|surfaces)|tidy(ing)? (up|away)",
        ["laundry"] = @"laundry|washing machine|\biron(ing)?\b|fold(ing)? (clothes|towels|laundry|linen|sheets)|\blinen",
        ["stock_handling"] = @"(put(ting)? away|unpack(ing)?|check(ing)?|rotat(e|ing)|handl(e|ing)|count(ing)?|mov(e|ing)|receiv(e|ing)) (the )?(stock|deliveries|delivery)|stock ?room|unload(ing)? (deliveries|the van|lorries|boxes)|stock (control|take|check)",
        ["shelf_filling"] = @"(fill|filling|stack|stacking|restock|restocking|replenish|replenishing) (the )?shelves|shel(f|ves)[- ](filling|stacking)|fac(e|ing) up|put(ting)? (things|items|products|stock|goods) on (the )?shelves",
        ["packing"] = @"\bpack(ing|s)?\b(?! lunch)|\blabel(l)?ing\b|\blabels?\b (items|boxes|parcels)|bag(ging)? (up|items|shopping)|wrap(ping)? (items|presents|parcels)|box(ing)? up",
        ["sorting_recycling"] = @"recycl|sort(ing)? (the )?(rubbish|waste)|(right|correct) bins",
        ["data_entry"] = @"data entry|typ(e|ing) (data|information|details|in)|(enter|entering|input|inputting) (data|information|details)|spreadsheets?",
        ["filing"] = @"\bfil(e|ing) (documents|papers|paperwork|letters|records|things|files)|\bfiling\b|alphabetical order|paperwork",
        ["photocopying_scanning"] = @"photocop|\bscan(ning)? (documents|papers|letters|things)|(use|using) (the |a )?(photocopier|scanner|copier)",
        ["post_handling"] = @"(sort|sorting|deliver|delivering|open|opening|frank|franking|collect|collecting|take|taking) (the )?(post|mail|letters|parcels)\b|post ?room|mail ?room",
        ["reception"] = @"(greet|greeting|welcome|welcoming|sign in|signing in) (the )?(visitors|guests|people)|reception (desk|work|duties)|front desk|(on|at) reception",
        ["telephone"] = @"(answer|answering|use|using|take|taking|make|making) (the )?(tele)?phone|phone calls|telephone|take (a )?messages?",
        ["cash_handling"] = @"(handle|handling|count|counting|take|taking) (cash|money|card payments|payments)|cash (and card )?(payments|handling|register)|\btill\b|(give|giving) (the )?(right|correct) change|(cash|card) payments",
        ["computer_basics"] = @"(use|using|uses) (a |the )?(computer|laptop|pc|tablet|ipad|email|internet|keyboard|microsoft|word processor)|computer skills|\bit skills|(send|sending) emails?|(confident|good) (on|with) (a |the )?(computer|laptop|tablet)",
        ["reading"] = @"\bread(s|ing)? (well|simple|short|signs|instructions|text|books|labels|everyday|fluently|independently|notices|words)|good reader",
        ["numeracy"] = @"(count|counting) (money|items|objects|to)|\bnumbers\b|maths|number skills|numeracy|(tell|telling) the time|\bmeasur(e|ing)|\bweigh(ing)?\b",
        ["gardening"] = @"garden|grounds ?(work|maintenance|keeping)|(planting|watering|weeding|mowing|plant|water|weed|mow) (plants|flowers|seeds|the lawn|grass|vegetables)|horticultur|allotment|grow(ing)? (plants|vegetables|flowers)",
        ["animal_care"] = @"\banimals?\b|\bpets?\b|(feed|feeding|groom|grooming|walk|walking|muck(ing)? out|care for|caring for|look after|looking after) (the )?(dogs?|horses?|cats?|animals|rabbits|chickens|pets)|stables|kennels",
        ["caring"] = @"(help|helping|support|supporting|care for|caring for|look after|looking after)( my| his| her| their| other)?( younger| older| little| elderly)? (people(?! find)|children|older people|the elderly|residents|patients|pupils|others|friends|classmates|brothers?|sisters?|siblings|grandparents?|grandma|grandad|nan)\b|\bcaring\b|good with (people|children|younger)",
        ["portering"] = @"porter|push(ing)? (a )?(wheelchair|wheelchairs|trolley|trolleys|cages)|(move|moving|deliver|delivering|take|taking) (items|equipment|goods|trolleys|parcels) (around|between|across|to other)",
        ["hospitality_service"] = @"(serve|serving|wait|waiting) (on )?(tables|food|drinks|meals)|(clear|clearing|lay|laying|set|setting) (the )?tables|\bwaiter|waitress|(take|taking) (food )?orders|front of house",
        ["barista"] = @"(make|making|prepare|preparing|serve|serving) (a |the )?(hot )?(drinks|coffees?|teas?|cups of tea|hot chocolate|cappuccino|latte)|barista|coffee machine",
        ["retail_display"] = @"(arrange|arranging|set|setting|lay|laying) (up |out )?(things|items|products|goods|stock)? ?(neatly )?(on |in )?(a |the )?displays?|\bdisplays?\b|merchandis|window dressing",
        ["assembly"] = @"assembl|put(ting)? (simple )?things together|(build|building) (flat[- ]?pack|kits|models|furniture)|construct(ing)? (simple )?(items|products)",
        ["machine_minding"] = @"(watch|watching|monitor|monitoring|operate|operating|minding|mind|run|running|look after|looking after|keep an eye on|keeping an eye on|check|checking) (over )?(a |the )?machines?|machine (operat|work|minding)",
        ["lifting"] = @"\blift(s|ing)?\b (and carry|heavy|boxes|crates|bags|things|items)|carry(ing)? (heavy|boxes|things|bags|crates|items)|heavy (items|boxes|lifting)|manual handling",
        ["time_keeping"] = @"\bon time\b|punctual|(good|excellent) time ?keep|never late|(good|excellent) attendance",
        ["following_instructions"] = @"follow(s|ing)? (a |the )?(set of |simple |short |verbal |written |clear |spoken |step[- ]by[- ]step |two[- ]step |multi[- ]step )?(instructions?|directions|rules|routines?|procedures?|steps|a list|a checklist)|(does|do) (what|as) (he|she|they|i) (is|are|am) (asked|told)",
        ["teamwork"] = @"(work|works|working) (well )?(as part of|in|with|alongside) (a |the )?(team|group|others|other people|colleagues|peers|staff)|team ?work|team player|co-?operat(e|es|ive|ing) (well )?with (others|people)|part of a team",
        ["working_alone"] = @"(work|works|working|get on) (on (his|her|my|their) own|independently|alone|by (himself|herself|myself|themselves))|without (supervision|close supervision|an adult)|independent worker|on (his|her|my|their) own",
        ["attention_to_detail"] = @"attention to detail|(work|works|working|check|checks|checking|count|counts|counting) (very |really )?(carefully|accurately|precisely)|\baccurate(ly)?\b|\baccuracy|\bprecise(ly)?\b|check(s|ing)? (his|her|my|their) (own )?work|notices? (small )?(details|mistakes)|\bthorough|careful (worker|with)",
    });

    private static List<(string, Regex)> Build(Dictionary<string, string> patterns) =>
        patterns.Select(p => (p.Key, new Regex(p.Value, RegexOptions.IgnoreCase | RegexOptions.Compiled))).ToList();
}
