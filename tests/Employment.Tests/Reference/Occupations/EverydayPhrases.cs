namespace Employment.Tests.Reference.Occupations;

/// <summary>
/// Things people with a learning disability, their families and coaches say about the work they want, with the SOC 2020
/// unit group each should find first. Chosen by hand from the unit group titles and ONS's related job titles.
/// </summary>
public static class EverydayPhrases
{
    public static readonly IReadOnlyList<(string Phrase, string UnitGroup)> All =
    [
        ("cafe", "9266"),                                           // Coffee shop workers: "make and serve coffee ... in coffee shops and cafés"
        ("café", "9266"),
        ("Cafe!", "9266"),
        ("barista", "9266"),
        ("make coffee", "9266"),
        ("I would like to work in a cafe making coffee", "9266"),
        ("working in a coffee shop", "9266"),
        ("shop", "7111"),                                           // Sales and retail assistants, not betting shop managers
        ("shop assistant", "7111"),
        ("sales assistant", "7111"),
        ("I want to be a shop assistant", "7111"),
        ("working in a clothes shop", "7111"),
        ("retail", "7111"),
        ("charity shop", "7111"),
        ("stack shelves at Tesco", "9241"),                         // Shelf fillers
        ("stacking shelves", "9241"),
        ("shelf stacker", "9241"),
        ("supermarket", "9241"),
        ("on the tills", "7112"),                                   // Retail cashiers and check-out operators
        ("checkout operator", "7112"),
        ("work with animals", "6129"),                              // Animal care services: kennels, stables, dog walkers, grooms
        ("working with animals", "6129"),
        ("dogs", "6129"),
        ("I love horses", "6129"),
        ("looking after dogs in kennels", "6129"),
        ("dog walker", "6129"),
        ("vet nurse", "3240"),                                      // Veterinary nurses
        ("on a farm", "9111"),                                      // Farm workers
        ("garden", "5113"),                                         // Gardeners and landscape gardeners
        ("gardening", "5113"),
        ("working outside in gardens", "5113"),
        ("cutting grass in parks", "5114"),                         // Groundsmen and greenkeepers
        ("garden centre", "5112"),                                  // Horticultural trades (nursery assistant)
        ("car wash", "9226"),                                       // Vehicle valeters and cleaners
        ("washing cars", "9226"),
        ("I love cars", "5231"),                                    // Vehicle technicians, mechanics and electricians
        ("car mechanic", "5231"),
        ("cleaning", "9223"),                                       // Cleaners and domestics
        ("cleaner", "9223"),
        ("cleaning offices", "9223"),
        ("laundry", "9224"),                                        // Launderers, dry cleaners and pressers
        ("warehouse", "9252"),                                      // Warehouse operatives
        ("working in a warehouse", "9252"),
        ("packing boxes", "9132"),                                  // Packers, bottlers, canners and fillers
        ("office", "4159"),                                         // Other administrative occupations n.e.c.
        ("office work", "4159"),
        ("admin", "4159"),
        ("receptionist", "4216"),                                   // Receptionists
        ("computers", "3132"),                                      // IT user support technicians
        ("fixing computers", "5244"),                               // Computer system and equipment installers and servicers
        ("data entry", "4152"),                                     // Data entry administrators
        ("care", "6135"),                                           // Care workers and home carers
        ("care work", "6135"),
        ("carer", "6135"),
        ("looking after older people", "6135"),
        ("helping people", "6135"),
        ("children", "6111"),                                       // Early education and childcare assistants
        ("working with children", "6111"),
        ("nursery nurse", "6111"),
        ("teaching assistant", "6112"),                             // Teaching assistants
        ("hairdressing", "6221"),                                   // Hairdressers and barbers
        ("hairdresser", "6221"),
        ("barber", "6221"),
        ("cooking", "5435"),                                        // Cooks
        ("cook", "5435"),
        ("chef", "5434"),                                           // Chefs
        ("kitchen", "9263"),                                        // Kitchen and catering assistants
        ("kitchen porter", "9263"),
        ("washing up", "9263"),
        ("working in a kitchen", "9263"),
        ("bakery", "5432"),                                         // Bakers and flour confectioners
        ("waiter", "9264"),                                         // Waiters and waitresses
        ("waitress in a restaurant", "9264"),
        ("bar work", "9265"),                                       // Bar staff
        ("hotel", "9269"),                                          // Other elementary services (ONS lists "Hotel assistant" here)
        ("library", "4135"),                                        // Library clerks and assistants
        ("library assistant", "4135"),
        ("museum", "9267"),                                         // Leisure and theme park attendants (museum attendant)
        ("cinema", "9267"),
        ("leisure centre", "6211"),                                 // Sports and leisure assistants
        ("bike repair", "5223"),                                    // Metal working production and maintenance fitters (ONS text names bicycles)
        ("fixing bikes", "5223"),
        ("delivering parcels", "8214"),                             // Delivery drivers and couriers
        ("postman", "9211"),                                        // Postal workers, mail sorters and messengers
        ("recycling", "9225"),                                      // Refuse and salvage occupations
        ("litter picking", "9222"),                                 // Street cleaners
        ("security guard", "9231"),                                 // Security guards
        ("hospital porter", "9262"),                                // Hospital porters
        ("factory", "9139"),                                        // Elementary process plant occupations n.e.c. (factory worker)
        ("painting and decorating", "5323"),                        // Painters and decorators
        ("joinery", "5316"),                                        // Carpenters and joiners
        ("builder", "5319"),                                        // Construction and building trades n.e.c.
        ("florist", "5443"),                                        // Florists
        ("butcher", "5431"),                                        // Butchers
        ("call centre", "7211"),                                    // Call and contact centre occupations
        ("bus driver", "8212"),                                     // Bus and coach drivers
        ("forklift driver", "8222"),                                // Fork-lift truck drivers
        ("sewing", "8146"),                                         // Sewing machinists
        ("photography", "3417"),                                    // Photographers
    ];

    /// <summary>
    /// Written after the finder and the everyday word list were done and not used to change either: how well it does on
    /// wording nobody tuned it for. Reported, with a floor, rather than required to be all right.
    /// </summary>
    public static readonly IReadOnlyList<(string Phrase, string UnitGroup)> HeldOut =
    [
        ("I want to be a hairdresser in a salon", "6221"),
        ("making sandwiches", "9263"),
        ("serving customers in a shop", "7111"),
        ("working on a checkout", "7112"),
        ("feeding animals on a farm", "9111"),
        ("looking after horses", "6129"),
        ("grooming dogs", "6129"),
        ("cleaning cars", "9226"),
        ("driving a van", "8214"),
        ("putting things in boxes", "9132"),
        ("sorting post", "9211"),
        ("waiting tables", "9264"),
        ("pulling pints in a pub", "9265"),
        ("helping old people", "6135"),
        ("caring for the elderly", "6135"),
        ("working in a nursery with babies", "6111"),
        ("classroom assistant", "6112"),
        ("stocking shelves in a supermarket", "9241"),
        ("picking orders in a warehouse", "9252"),
        ("making cakes", "5432"),
        ("baking bread", "5432"),
        ("mowing lawns", "5114"),
        ("planting flowers", "5113"),
        ("painting walls", "5323"),
        ("fixing cars in a garage", "5231"),
        ("washing dishes", "9263"),
        ("security at a shopping centre", "9231"),
        ("working in a cinema", "9267"),
        ("the recycling centre", "9225"),
        ("checking tickets at the theatre", "9267"),
        ("working in a school canteen", "9263"),
        ("being a porter at the hospital", "9262"),
        ("delivering post", "9211"),
        ("working at McDonald's", "9263"),
        ("working for Amazon", "9252"),
        ("selling things on a market stall", "7124"),
        ("data input", "4152"),
        ("fork lift truck", "8222"),
        ("walking dogs", "6129"),
        ("kennel assistant", "6129"),
        ("cleaning toilets", "9229"),
        ("ironing clothes", "9224"),
    ];
}
