namespace RosterTools.Tests.Planning;

/// <summary>The district the scenarios start from: two schools, four students, two teachers, two classes.</summary>
internal static class Districts
{
    public static DistrictBuilder Riverside() => new DistrictBuilder()
        .School("s1", "LIN", "Lincoln Elementary")
        .School("s2", "WHS", "Washington High")
        .Student("u1", "Maria", "Garcia", "KG", "s1")
        .Student("u2", "José", "Núñez", "01", "s1")
        .Student("u3", "Ann", "Lee", "09", "s2")
        .Student("u4", "Tom", "Brown", "10", "s2")
        .Teacher("t1", "Jane", "Smith", "s1")
        .Teacher("t2", "Bob", "Jones", "s2")
        .Class("k1", "LIN-K-READ", "s1", "t1", "u1", "u2")
        .Class("k2", "WHS-BIO", "s2", "t2", "u3", "u4");
}
