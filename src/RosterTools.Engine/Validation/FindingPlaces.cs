using RosterTools.OneRoster;

namespace RosterTools.Validation;

/// <summary>
/// How findings about records say where a record came from: the file and header column of a CSV bundle, or the
/// collection and JSON field of the REST API. The checks are the same for both; only the names differ.
/// </summary>
internal abstract class FindingPlaces
{
    /// <summary>Files and columns of a CSV bundle (1.1 roles are reported in users.csv, in orgSourcedIds).</summary>
    public static FindingPlaces Csv { get; } = new CsvPlaces();

    /// <summary>The file (or collection) the record was read from.</summary>
    public abstract string File(OneRosterRecord record);

    /// <summary>The column (or JSON field) that the schema field <paramref name="column"/> of the record was read from.</summary>
    public abstract string? Column(OneRosterRecord record, string? column);

    /// <summary>How a message names a collection: orgs.csv, or the orgs collection.</summary>
    public abstract string Collection(OneRosterEntity entity);

    private sealed class CsvPlaces : FindingPlaces
    {
        public override string File(OneRosterRecord record) =>
            record is RoleAssignment { IsDerived: true } ? OneRosterEntity.Users.FileName() : record.Entity.FileName();

        public override string? Column(OneRosterRecord record, string? column) =>
            record is RoleAssignment { IsDerived: true } && column == "orgSourcedId" ? "orgSourcedIds" : column;

        public override string Collection(OneRosterEntity entity) => entity.FileName();
    }
}
