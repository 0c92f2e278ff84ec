using System;
using System.Collections.Generic;
using System.Linq;

namespace RosterTools.OneRoster.Schema;

/// <summary>The columns of one OneRoster file, in spec order.</summary>
public abstract class EntitySchema
{
    private protected EntitySchema(OneRosterEntity entity) => Entity = entity;

    /// <summary>The collection.</summary>
    public OneRosterEntity Entity { get; }

    /// <summary>The columns of both versions, in an order that gives each version's spec order when filtered by version.</summary>
    public abstract IReadOnlyList<FieldSpec> AllFields { get; }

    /// <summary>The columns of <paramref name="version"/>, in spec order.</summary>
    public IEnumerable<FieldSpec> FieldsOf(OneRosterVersion version) => AllFields.Where(field => field.Versions.Includes(version));
}

/// <summary>The columns of the records of type <typeparamref name="TRecord"/>.</summary>
internal sealed class EntitySchema<TRecord> : EntitySchema
    where TRecord : OneRosterRecord
{
    private readonly Func<TRecord> _create;
    private readonly Dictionary<string, FieldSpec<TRecord>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldSpec<TRecord>> _byNameIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FieldSpec<TRecord>> _byLegacyName = new(StringComparer.OrdinalIgnoreCase);

    public EntitySchema(OneRosterEntity entity, Func<TRecord> create, IReadOnlyList<FieldSpec<TRecord>> fields)
        : base(entity)
    {
        _create = create;
        Fields = fields;
        foreach (var field in fields)
        {
            _byName.Add(field.Name, field);
            _byNameIgnoringCase.Add(field.Name, field);
            foreach (var legacy in field.LegacyNames)
            {
                _byLegacyName.Add(legacy, field);
            }
        }
    }

    public IReadOnlyList<FieldSpec<TRecord>> Fields { get; }

    public override IReadOnlyList<FieldSpec> AllFields => Fields;

    public TRecord Create() => _create();

    public FieldSpec<TRecord>? Find(string name) => _byName.TryGetValue(name, out var field) ? field : null;

    public FieldSpec<TRecord>? FindIgnoringCase(string name) => _byNameIgnoringCase.TryGetValue(name.Trim(), out var field) ? field : null;

    public FieldSpec<TRecord>? FindLegacy(string name) => _byLegacyName.TryGetValue(name.Trim(), out var field) ? field : null;
}
