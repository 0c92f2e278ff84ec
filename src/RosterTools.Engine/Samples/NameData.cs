namespace RosterTools.Samples;

/// <summary>
/// The built-in name lists, by heritage. Within a list, earlier names are more common (weights fall off as
/// 1/(rank + 4)), so common pairs such as Maria Garcia come up again and again, as they do in real districts. The
/// lists hold diacritics (José, Zoë, Nguyễn, Müller, Søren, Łukasz, Ñúñez, François), apostrophes (O'Brien,
/// D'Angelo), hyphens (Jean-Luc, Al-Sayed, Ji-woo) and spaces (Juan Pablo, De La Cruz, Van der Berg).
/// </summary>
internal static class NameData
{
    /// <summary>How common each heritage is in the district, in the order of <see cref="Heritage"/>.</summary>
    public static readonly int[] HeritageWeights = { 38, 28, 13, 7, 5, 4, 2, 3 };

    /// <summary>Female given names, by heritage.</summary>
    public static readonly string[][] Female =
    {
        new[] { "Emma", "Olivia", "Ava", "Sophia", "Charlotte", "Amelia", "Harper", "Evelyn", "Abigail", "Emily", "Elizabeth", "Madison", "Hannah", "Grace", "Katherine", "Margaret", "Sarah", "Claire", "Mary-Kate", "Anne-Marie", "Jennifer", "Victoria", "Zoë", "Chloé", "Mary Ann" },
        new[] { "Maria", "Sofía", "Camila", "Valentina", "Isabella", "Ximena", "Guadalupe", "Lucía", "Daniela", "Gabriela", "Mariana", "Ana Lucía", "Natalia", "Renata", "Paola", "Itzel" },
        new[] { "Aaliyah", "Imani", "Zuri", "Nia", "Jada", "Kiara", "Destiny", "Amara", "Ngozi", "Aisha", "Ebony", "Adaeze", "Abena" },
        new[] { "Léa", "Zoë", "Chloé", "Noémie", "Ingrid", "Astrid", "Siobhán", "Małgorzata", "Agnieszka", "Françoise", "Giulia", "Saoirse", "Björk" },
        new[] { "Mei", "Yuki", "Ji-woo", "Seo-yeon", "Hana", "Xinyi", "Sakura", "Min-seo", "Yuna", "Lan" },
        new[] { "Priya", "Ananya", "Aisha", "Diya", "Saanvi", "Kavya", "Meera", "Sneha" },
        new[] { "Linh", "Thảo", "Ngọc", "Mai", "Trang", "Phương", "Hương" },
        new[] { "Fatima", "Layla", "Mariam", "Noor", "Zeynep", "Yasmin", "Amira", "Salma" },
    };

    /// <summary>Male given names, by heritage.</summary>
    public static readonly string[][] Male =
    {
        new[] { "Liam", "Noah", "William", "James", "Benjamin", "Lucas", "Henry", "Alexander", "Michael", "Daniel", "Matthew", "Jackson", "Samuel", "Ethan", "Christopher", "Nicholas", "Robert", "Jonathan", "Jean-Luc", "John Paul" },
        new[] { "José", "Mateo", "Santiago", "Diego", "Luis", "Carlos", "Jesús", "Ángel", "Juan Pablo", "Andrés", "Miguel", "Alejandro", "Francisco", "Tomás", "Raúl", "Emiliano" },
        new[] { "Jamal", "Malik", "DeShawn", "Darius", "Kwame", "Jaylen", "Terrell", "Oluwaseun", "Chidi", "Andre", "Kofi", "Isaiah" },
        new[] { "François", "Søren", "Łukasz", "Jürgen", "Björn", "Seán", "Matthias", "Piotr", "Rafał", "Lorenzo", "Théo", "Niklas", "Jean-Pierre" },
        new[] { "Wei", "Hiroshi", "Min-jun", "Haruto", "Jian", "Ren", "Ji-hoon", "Kenji", "Hao", "Sung-min" },
        new[] { "Arjun", "Aarav", "Rohan", "Vihaan", "Sai", "Aditya", "Rahul", "Vikram" },
        new[] { "Minh", "Huy", "Quang", "Đức", "Khoa", "Bảo", "Tuấn" },
        new[] { "Ahmed", "Mohammed", "Omar", "Yusuf", "Ali", "Karim", "Hassan", "Mehmet" },
    };

    /// <summary>Family names, by heritage.</summary>
    public static readonly string[][] Family =
    {
        new[] { "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Campbell", "Mitchell", "Roberts", "Carter", "O'Brien", "O'Connor", "McDonald", "MacLeod", "Smith-Jones", "St. John" },
        new[] { "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Díaz", "Martínez", "Hernández", "Ñúñez", "De La Cruz", "Del Valle", "Peña", "Muñoz", "Gutiérrez", "Ibáñez" },
        new[] { "Washington", "Jackson", "Williams", "Johnson", "Brown", "Jefferson", "Okafor", "Mensah", "Diallo", "Adeyemi", "Banks", "Coleman", "Robinson", "Owusu", "Boateng" },
        new[] { "Müller", "Schröder", "Dubois", "Lefèvre", "Van der Berg", "Østergaard", "Jørgensen", "Kowalski", "Wiśniewski", "Nowak", "O'Sullivan", "D'Angelo", "Rossi", "Åberg", "Lindqvist", "Von Braun" },
        new[] { "Kim", "Lee", "Park", "Chen", "Wang", "Li", "Zhang", "Liu", "Tanaka", "Sato", "Yamamoto", "Choi" },
        new[] { "Patel", "Shah", "Singh", "Kumar", "Sharma", "Reddy", "Iyer", "Gupta" },
        new[] { "Nguyen", "Nguyễn", "Tran", "Trần", "Le", "Lê", "Pham", "Phạm", "Huỳnh", "Võ" },
        new[] { "Ahmed", "Khan", "Hassan", "Ali", "Haddad", "Öztürk", "Yılmaz", "Al-Sayed", "El-Amin", "Abboud" },
    };

    /// <summary>Middle names (any heritage); a few are two names.</summary>
    public static readonly string[] FemaleMiddle = { "Marie", "Ann", "Rose", "Grace", "Elizabeth", "Lynn", "Jane", "Isabel", "Louise", "Guadalupe", "Sofía", "Mei", "Renée", "Anne Marie", "Ana Lucía" };

    /// <summary>Middle names (any heritage); a few are two names.</summary>
    public static readonly string[] MaleMiddle = { "James", "Lee", "Michael", "Alexander", "Thomas", "Joseph", "David", "Antonio", "José", "Ray", "Wei", "René", "John Paul", "Luis Ángel" };

    /// <summary>Given names people often go by a short form of (1.2 preferredGivenName).</summary>
    public static readonly string[][] Nicknames =
    {
        new[] { "William", "Will" }, new[] { "Alexander", "Alex" }, new[] { "Alejandro", "Alex" }, new[] { "Benjamin", "Ben" },
        new[] { "Christopher", "Chris" }, new[] { "Daniel", "Dan" }, new[] { "Elizabeth", "Liz" }, new[] { "Jennifer", "Jen" },
        new[] { "Jonathan", "Jon" }, new[] { "Katherine", "Kate" }, new[] { "Margaret", "Maggie" }, new[] { "Matthew", "Matt" },
        new[] { "Michael", "Mike" }, new[] { "Nicholas", "Nick" }, new[] { "Robert", "Bobby" }, new[] { "Samuel", "Sam" },
        new[] { "Victoria", "Tori" }, new[] { "Francisco", "Paco" }, new[] { "Guadalupe", "Lupe" }, new[] { "Abigail", "Abby" },
        new[] { "Oluwaseun", "Seun" }, new[] { "Małgorzata", "Gosia" }, new[] { "Mohammed", "Mo" }, new[] { "Jean-Luc", "J.L." },
        new[] { "Mary-Kate", "MK" }, new[] { "Juan Pablo", "JP" }, new[] { "Santiago", "Santi" }, new[] { "Łukasz", "Luke" },
    };
}
