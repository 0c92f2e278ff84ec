namespace RosterTools.Samples;

/// <summary>The built-in names of districts and schools, and the places they are in.</summary>
internal static class PlaceData
{
    /// <summary>Fictional district towns: name, state, state FIPS code, telephone area code.</summary>
    public static readonly string[][] Towns =
    {
        new[] { "Maplewood", "MN", "27", "612" },
        new[] { "Lakeview", "IL", "17", "847" },
        new[] { "Pine Ridge", "CO", "08", "303" },
        new[] { "Harbor City", "WA", "53", "206" },
        new[] { "Fairhaven", "OH", "39", "614" },
        new[] { "Silver Creek", "CA", "06", "408" },
        new[] { "Brookfield", "NY", "36", "518" },
        new[] { "Willow Springs", "TX", "48", "512" },
        new[] { "Eastbrook", "GA", "13", "404" },
        new[] { "Redwood Valley", "OR", "41", "503" },
        new[] { "Cedar Bluff", "NC", "37", "919" },
        new[] { "San Lorenzo Valley", "NM", "35", "505" },
    };

    /// <summary>How districts name themselves; {0} is the town.</summary>
    public static readonly string[] DistrictForms =
    {
        "{0} Unified School District", "{0} Public Schools", "{0} Independent School District", "{0} School District", "{0} Community Schools",
    };

    /// <summary>Names schools are named after.</summary>
    public static readonly string[] SchoolPlaces =
    {
        "Lincoln", "Washington", "Jefferson", "Roosevelt", "Franklin", "Kennedy", "Maple", "Oak Grove", "Cedar", "Pine Hill", "Willow",
        "Riverside", "Lakeside", "Hillcrest", "Meadowbrook", "Sunset", "Eastside", "Westview", "Northgate", "Southwood", "Sojourner Truth",
        "César Chávez", "Dolores Huerta", "Mary McLeod Bethune", "Martin Luther King Jr.", "Rosa Parks", "Harriet Tubman", "Sally Ride",
        "Amelia Earhart", "Frederick Douglass", "Thurgood Marshall", "Sequoyah", "Ellen Ochoa", "Mae Jemison", "Roberto Clemente",
        "Georgia O'Keeffe", "John Muir", "Walt Whitman", "Emily Dickinson", "Mark Twain", "Louisa May Alcott", "Benjamin Banneker",
        "Patsy Mink", "Fred Korematsu", "Daniel Inouye", "Sandra Day O'Connor", "Clara Barton", "Jackie Robinson", "Booker T. Washington",
        "Eleanor Roosevelt", "Horace Mann", "Pioneer", "Summit", "Valley View", "Green Meadow", "Brookside", "Creekside", "Parkview",
        "Highland", "Fairmont", "Canyon", "Bayview", "Prairie", "Orchard",
    };

    /// <summary>What a second, third... school named after the same place is called.</summary>
    public static readonly string[] SchoolPlaceSuffixes = { "", " Park", " Heights", " Hills", " Valley", " Village", " Gardens", " Grove", " Ridge", " Crossing" };

    /// <summary>Countries of birth for people born abroad, by heritage (ISO 3166-1 alpha-2).</summary>
    public static readonly string[][] Countries =
    {
        new[] { "CA", "GB", "IE", "AU" },
        new[] { "MX", "SV", "GT", "CO", "DO", "PR" },
        new[] { "NG", "GH", "ET", "JM", "HT" },
        new[] { "DE", "PL", "FR", "IT", "UA" },
        new[] { "CN", "KR", "JP", "TW" },
        new[] { "IN", "PK", "BD", "NP" },
        new[] { "VN" },
        new[] { "EG", "TR", "SY", "LB", "IQ" },
    };
}
