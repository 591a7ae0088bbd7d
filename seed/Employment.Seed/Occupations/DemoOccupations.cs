namespace Employment.Seed.Occupations;

/// <summary>Weights favour SOC major groups 9, 6, 7 and 4, where most supported employment jobs are.</summary>
internal static class DemoOccupations
{
    public static readonly IReadOnlyList<DemoOccupation> All =
    [
        new("9263", "Kitchen assistant", 10, ["food_preparation", "washing_up", "cleaning", "teamwork"], "You will help the cooks get food ready, wash up and keep the kitchen clean."),
        new("9264", "Waiting staff", 4, ["hospitality_service", "customer_service", "teamwork"], "You will take food and drinks to tables and clear them afterwards."),
        new("9266", "Coffee shop assistant", 5, ["barista", "customer_service", "cash_handling"], "You will make hot drinks, serve customers and keep the tables tidy."),
        new("9265", "Bar assistant", 1, ["hospitality_service", "cash_handling", "washing_up"], "You will collect and wash glasses and help serve drinks."),
        new("9223", "Cleaner", 8, ["cleaning", "working_alone", "time_keeping"], "You will clean rooms, corridors and toilets using a checklist."),
        new("9224", "Laundry assistant", 3, ["laundry", "following_instructions", "lifting"], "You will wash, dry and fold towels and bedding."),
        new("9226", "Car valeter", 2, ["cleaning", "attention_to_detail", "teamwork"], "You will wash cars and clean them inside."),
        new("9225", "Recycling assistant", 2, ["sorting_recycling", "lifting", "teamwork"], "You will sort items for recycling and keep the yard tidy."),
        new("9241", "Shelf filler", 8, ["shelf_filling", "stock_handling", "retail_display"], "You will fill shelves, check dates and keep the shop floor neat."),
        new("9252", "Warehouse operative", 6, ["stock_handling", "packing", "lifting"], "You will pick and pack orders and put stock away."),
        new("9132", "Packer", 5, ["packing", "following_instructions", "attention_to_detail"], "You will pack and label products ready to go out."),
        new("9211", "Post room assistant", 3, ["post_handling", "filing", "time_keeping"], "You will sort the post and take it round the building."),
        new("9219", "Office junior", 2, ["filing", "photocopying_scanning", "following_instructions"], "You will help the office team with copying, scanning and filing."),
        new("9262", "Hospital porter", 3, ["portering", "customer_service", "time_keeping"], "You will move equipment, post and supplies around the hospital."),
        new("9267", "Leisure attendant", 2, ["customer_service", "cleaning", "teamwork"], "You will help visitors and keep the centre clean and safe."),
        new("9111", "Farm assistant", 2, ["animal_care", "lifting", "gardening"], "You will feed animals, clean out pens and help on the farm."),
        new("7111", "Sales assistant", 8, ["customer_service", "cash_handling", "shelf_filling", "retail_display"], "You will help customers find things, fill shelves and work on the till."),
        new("7112", "Checkout assistant", 4, ["cash_handling", "customer_service", "numeracy"], "You will scan shopping and take payments on the till."),
        new("7125", "Visual merchandising assistant", 1, ["retail_display", "attention_to_detail"], "You will help set up displays so the shop looks good."),
        new("7219", "Customer service assistant", 2, ["customer_service", "telephone", "computer_basics"], "You will answer questions from customers in person and on the phone."),
        new("6129", "Animal care assistant", 3, ["animal_care", "cleaning", "following_instructions"], "You will feed and care for animals and clean their pens."),
        new("6135", "Care assistant", 3, ["caring", "teamwork", "time_keeping"], "You will help people with everyday tasks and keep them company."),
        new("6112", "Teaching assistant", 1, ["caring", "reading", "teamwork"], "You will help children in class and at break times."),
        new("6111", "Nursery assistant", 1, ["caring", "teamwork"], "You will help look after young children and tidy the nursery."),
        new("6211", "Leisure assistant", 2, ["customer_service", "teamwork"], "You will greet visitors, set up equipment and help with activities."),
        new("6231", "Housekeeping assistant", 3, ["cleaning", "laundry", "attention_to_detail"], "You will clean rooms and change beds."),
        new("6232", "Caretaker assistant", 1, ["cleaning", "lifting", "working_alone"], "You will help keep the building clean, safe and in good repair."),
        new("4216", "Receptionist", 2, ["reception", "telephone", "customer_service"], "You will greet visitors, answer the phone and take messages."),
        new("4152", "Data entry assistant", 2, ["data_entry", "computer_basics", "attention_to_detail"], "You will type information into the computer carefully."),
        new("4131", "Records assistant", 2, ["filing", "photocopying_scanning", "computer_basics"], "You will file and scan records and keep them in order."),
        new("4159", "Administration assistant", 3, ["filing", "computer_basics", "photocopying_scanning", "data_entry"], "You will help the office team with filing, post and simple computer work."),
        new("4135", "Library assistant", 1, ["filing", "reading", "customer_service"], "You will put books back on shelves and help visitors."),
        new("4133", "Stock control assistant", 1, ["stock_handling", "data_entry", "numeracy"], "You will count stock and record it on the computer."),
        new("5113", "Gardener", 3, ["gardening", "lifting", "working_alone"], "You will plant, weed and water and keep the gardens tidy."),
        new("5114", "Grounds maintenance assistant", 2, ["gardening", "machine_minding", "teamwork"], "You will mow grass, trim hedges and pick up litter."),
        new("5432", "Bakery assistant", 1, ["food_preparation", "packing", "time_keeping"], "You will help make bread and cakes and pack them."),
        new("8149", "Assembly operative", 2, ["assembly", "machine_minding", "following_instructions"], "You will put parts together on the production line."),
        new("8111", "Food production operative", 2, ["food_preparation", "machine_minding", "packing"], "You will help make and pack food on the production line."),
    ];

    public static readonly IReadOnlyDictionary<string, DemoOccupation> ByCode = All.ToDictionary(o => o.SocCode, StringComparer.Ordinal);

    /// <summary>Skills almost any job asks for.</summary>
    public static readonly IReadOnlyList<string> GeneralSkills =
        ["time_keeping", "following_instructions", "teamwork", "working_alone", "reading", "numeracy", "computer_basics", "attention_to_detail"];
}
