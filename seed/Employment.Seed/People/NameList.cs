namespace Employment.Seed.People;

/// <summary>First and last names of one naming tradition.</summary>
internal sealed record NameList(IReadOnlyList<string> Female, IReadOnlyList<string> Male, IReadOnlyList<string> Last)
{
    // Bogus's en_GB locale borrows American surnames, so the names here are our own.
    public static readonly NameList British = new(
        ["Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily", "Chloe", "Ella", "Jessica", "Holly", "Megan", "Lucy",
         "Hannah", "Charlotte", "Katie", "Bethany", "Lauren", "Abigail", "Rebecca", "Laura", "Sarah", "Emma", "Rachel", "Nicola",
         "Claire", "Kelly", "Joanne", "Lisa", "Karen", "Julie", "Susan", "Tracey", "Dawn", "Michelle", "Zoe", "Amy", "Jade", "Leah",
         "Ellie", "Freya", "Poppy", "Evie", "Maisie", "Niamh", "Shannon"],
        ["Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie", "Thomas", "James", "William", "Joshua", "Daniel",
         "Samuel", "Ryan", "Liam", "Connor", "Callum", "Kieran", "Jordan", "Lewis", "Luke", "Matthew", "Adam", "Ben", "Jake", "Kyle",
         "Nathan", "Owen", "Reece", "Tyler", "Mark", "Paul", "Darren", "Lee", "Craig", "Stephen", "Andrew", "Gary", "Neil", "Wayne",
         "Dean", "Michael", "David", "Robert", "Peter", "Ian", "Kevin"],
        ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
         "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Jackson", "Wood",
         "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
         "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
         "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Marshall",
         "Simpson", "Ellis", "Adams", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Hunt",
         "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Fisher", "Stevens", "Dixon", "Fletcher",
         "Salt", "Plant", "Machin", "Boulton", "Hollins", "Bourne", "Heath", "Lovatt", "Tunnicliffe", "Bradley", "Hurst"]);

    public static readonly NameList SouthAsian = new(
        ["Priya", "Aisha", "Fatima", "Anjali", "Meera", "Zainab", "Simran", "Nisha", "Hina", "Kiran", "Amrit", "Sana", "Pooja", "Ayesha"],
        ["Arjun", "Imran", "Ravi", "Sanjay", "Yusuf", "Harpreet", "Amir", "Vikram", "Bilal", "Kabir", "Rahul", "Hamza", "Nikhil", "Zain"],
        ["Patel", "Mistry", "Khan", "Chauhan", "Parmar", "Singh", "Ahmed", "Hussain", "Lad", "Kaur", "Mehta", "Shah", "Solanki", "Begum", "Ali", "Gill"]);

    public static readonly NameList Other = new(
        ["Hodan", "Amina", "Ama", "Adaeze", "Oliwia", "Zofia", "Ioana", "Grace", "Maryam", "Chantelle"],
        ["Abdi", "Kwame", "Chidi", "Piotr", "Marek", "Andrei", "Tendai", "Jerome", "Mohamed", "Kofi"],
        ["Mohamed", "Abdullahi", "Okafor", "Mensah", "Nowak", "Kaminski", "Popescu", "Moyo", "Campbell", "Francis"]);
}
