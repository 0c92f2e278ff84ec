using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using RosterTools.Apply.Journal;
using RosterTools.Apply.Passwords;
using RosterTools.Audit;
using RosterTools.Planning;
using RosterTools.State;
using RosterTools.Targets;

namespace RosterTools.Apply;

/// <summary>One run of <see cref="Applier.Apply"/>: its bookkeeping (statuses, journal, audit log, account ids learned) for the length of the run.</summary>
internal sealed class ApplySession : IDisposable
{
    private readonly Plan _plan;
    private readonly IDirectoryTarget _target;
    private readonly ApplyOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly ApplyRun _run;
    private readonly Dictionary<string, PlanAction> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActionStatus> _statuses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declined = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _accountIds = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly string _user;
    private readonly string _machine;
    private readonly bool _writes;
    private HashSet<string> _selected = new(StringComparer.Ordinal);
    private ApplyJournal? _journal;
    private AuditLog? _audit;
    private PasswordGenerator? _passwords;
    private List<ActionResult> _recovered = new();
    private bool _started;
    private int _sentToTarget;
    private TimeSpan _targetTime;

    public ApplySession(Plan plan, IDirectoryTarget target, ApplyOptions options, CancellationToken cancellationToken)
    {
        _plan = plan;
        _target = target;
        _options = options;
        _cancellationToken = cancellationToken;
        _user = options.User ?? CurrentUser();
        _machine = options.Machine ?? Environment.MachineName;
        _writes = !options.WhatIf && options.StateFolder is not null;
        _run = new ApplyRun { RunId = options.RunId ?? NewRunId(), Target = target.Description, StartedUtc = DateTime.UtcNow };
    }

    public ApplyRun Run()
    {
        foreach (var action in _plan.Actions)
        {
            _byId[action.Id] = action;
        }

        var selected = _plan.Actions.Where(action => InStages(action.Stage)).ToList();
        _selected = new HashSet<string>(selected.Select(action => action.Id), StringComparer.Ordinal);
        _run.Total = selected.Count;
        if (_options.StateFolder is not null && _options.Journal)
        {
            _journal = ApplyJournal.Open(_options.StateFolder, Applier.PlanKey(_plan));
            Recover();
        }

        if (_writes && _options.Audit)
        {
            _audit = new AuditLog(_options.StateFolder!, _options.AuditFileBytes);
        }

        var levels = Levels(selected);
        var batchSize = Math.Max(1, _options.BatchSize ?? _target.PreferredBatchSize);
        var batch = new List<ActionRequest>(batchSize);
        var index = 0;
        var ordered = selected.Select(action => (action, level: levels[action.Id], index: index++)).OrderBy(item => item.level).ThenBy(item => item.index).ToList();
        for (var i = 0; i < ordered.Count && !_run.Stopped; i++)
        {
            if (_cancellationToken.IsCancellationRequested)
            {
                _run.Stopped = true;
                break;
            }

            var action = ordered[i].action;
            if (ordered[i].level < 0)
            {
                Finish(action, ActionStatus.Skipped, "its dependencies form a cycle; the plan is damaged, make it again", audit: true);
            }
            else if (Prepare(action) is { } request)
            {
                batch.Add(request);
            }

            var levelEnds = i + 1 == ordered.Count || ordered[i + 1].level != ordered[i].level;
            if (batch.Count > 0 && (batch.Count == batchSize || levelEnds))
            {
                Send(batch);
                batch.Clear();
            }
        }

        _run.NotStarted = _run.Total - (_run.Done + _run.AlreadyDone + _run.Skipped + _run.Failed);
        RecordLifecycle();
        _run.FinishedUtc = DateTime.UtcNow;
        Report(null);
        return _run;
    }

    public void Dispose()
    {
        _journal?.Dispose();
        _audit?.Dispose();
        _passwords?.Dispose();
    }

    /// <summary>The request for an action, or null when its outcome is already known (skipped, declined, done by an earlier run).</summary>
    private ActionRequest? Prepare(PlanAction action)
    {
        foreach (var dependency in action.DependsOn)
        {
            if (Blocker(dependency) is { } blocker && !(blocker.Declined && _options.WhatIf))
            {
                Finish(action, ActionStatus.Skipped, blocker.Reason, audit: blocker.Audit, declined: blocker.Declined);
                return null;
            }
        }

        if (_journal?.Completed.TryGetValue(action.Id, out var earlier) == true)
        {
            if (earlier.AccountId is not null && action.Anchor is not null)
            {
                _accountIds[action.Anchor] = earlier.AccountId;
            }

            Finish(action, ActionStatus.AlreadyDone, null, audit: false, response: $"done by run {earlier.RunId} (journal)");
            return null;
        }

        var approved = _options.Confirm?.Invoke(action) ?? true;
        if (_options.WhatIf || !approved)
        {
            Finish(action, ActionStatus.Skipped, _options.WhatIf ? "what if: not carried out" : "declined", audit: false, declined: true);
            return null;
        }

        var request = new ActionRequest(action);
        if (action.Anchor is not null && _accountIds.TryGetValue(action.Anchor, out var accountId))
        {
            request.AccountId = accountId;
        }

        if (action.Action == ActionType.Create)
        {
            try
            {
                _passwords ??= new PasswordGenerator();
                var name = action.PasswordRule is not null && _options.Passwords.ContainsKey(action.PasswordRule) ? action.PasswordRule : "default";
                var rule = _options.Passwords.TryGetValue(name, out var named) ? named : new RosterTools.Policy.PasswordRule();
                request.InitialPassword = _passwords.Generate(rule, name);
            }
            catch (ArgumentException ex)
            {
                Finish(action, ActionStatus.Failed, ex.Message, audit: true);
                return null;
            }
        }

        return request;
    }

    /// <summary>Why a dependency keeps an action from running, or null when it is done.</summary>
    private (string Reason, bool Audit, bool Declined)? Blocker(string dependency)
    {
        if (!_byId.TryGetValue(dependency, out var needed))
        {
            return ($"it depends on the action {dependency}, which is not in the plan; the plan is damaged, make it again", true, false);
        }

        var what = $"{needed.Action} {needed.Account}{(needed.Group is null ? string.Empty : " in " + needed.Group)}";
        if (!_selected.Contains(dependency))
        {
            return _journal?.Completed.ContainsKey(dependency) == true
                ? null
                : ($"it depends on {what} ({needed.Stage} stage), which this run does not carry out", false, true);
        }

        if (!_statuses.TryGetValue(dependency, out var status))
        {
            return ($"it depends on {what}, which was not carried out", false, true);
        }

        return status switch
        {
            ActionStatus.Done or ActionStatus.AlreadyDone => null,
            ActionStatus.Failed => ($"it depends on {what}, which failed", true, false),
            _ when _declined.Contains(dependency) => ($"it depends on {what}, which was {(_options.WhatIf ? "not carried out (what if)" : "declined")}", false, true),
            _ => ($"it depends on {what}, which was skipped", true, false),
        };
    }

    private void Send(List<ActionRequest> batch)
    {
        if (_cancellationToken.IsCancellationRequested)
        {
            _run.Stopped = true;
            return;
        }

        StartWriting();
        _journal?.Intents(_run.RunId, batch);
        IReadOnlyList<ActionResult> results;
        var started = _clock.Elapsed;
        try
        {
            results = _target.ApplyAsync(batch, _cancellationToken).GetAwaiter().GetResult();
            if (results.Count != batch.Count)
            {
                throw new InvalidOperationException($"The target returned {results.Count} results for {batch.Count} actions.");
            }
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            _run.Stopped = true; // The batch stays in flight in the journal; the next run finds out what became of it.
            return;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _run.Stopped = true;
            _run.TargetError = $"{_target.Description}: {ex.Message}";
            results = batch.Select(request => ActionResult.For(request.Action, ActionStatus.Failed, error: "the target failed: " + ex.Message)).ToList();
        }

        _targetTime += _clock.Elapsed - started;
        _sentToTarget += batch.Count;
        var entries = new List<AuditEntry>(batch.Count);
        var completed = new List<ActionResult>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var request = batch[i];
            var result = Clean(results[i], request);
            if (result.AccountId is not null && request.Action.Anchor is not null && result.Status is ActionStatus.Done or ActionStatus.AlreadyDone)
            {
                _accountIds[request.Action.Anchor] = result.AccountId;
            }

            if (request.InitialPassword is { Length: > 0 } issued && result.Status == ActionStatus.Done && request.Action.Action == ActionType.Create)
            {
                _options.PasswordIssued?.Invoke(new IssuedPassword(request.Action, issued));
            }

            request.InitialPassword = null;
            entries.Add(Entry(request.Action, result));
            completed.Add(result);
        }

        // The audit entry first: if the process dies before the journal's outcome, the next run finds the entry and does not write another.
        _audit?.Append(entries);
        _journal?.Outcomes(_run.RunId, completed);
        foreach (var result in completed)
        {
            Publish(result);
        }

        Report(batch[batch.Count - 1].Action);
    }

    /// <summary>The result as it may be shown: the plan's id and names, and never the password the target was given.</summary>
    private static ActionResult Clean(ActionResult result, ActionRequest request)
    {
        var action = request.Action;
        result.Id = action.Id;
        result.Action = action.Action;
        result.Account = action.Account;
        result.Group = action.Group;
        result.License = action.License;
        if (result.CompletedUtc == default)
        {
            result.CompletedUtc = DateTime.UtcNow;
        }

        if (request.InitialPassword is { Length: > 0 } secret)
        {
            result.Response = result.Response?.Replace(secret, "(secret)");
            result.Error = result.Error?.Replace(secret, "(secret)");
        }

        return result;
    }

    private void Finish(PlanAction action, ActionStatus status, string? error, bool audit, bool declined = false, string? response = null)
    {
        var result = ActionResult.For(action, status, response, error);
        if (declined)
        {
            _declined.Add(action.Id);
        }

        if (audit && _writes)
        {
            StartWriting();
            _audit?.Append(new[] { Entry(action, result) });
        }

        Publish(result);
    }

    private void Publish(ActionResult result)
    {
        _statuses[result.Id] = result.Status;
        _run.Count(result);
        _options.Result?.Invoke(result);
    }

    private void Report(PlanAction? current)
    {
        if (_options.Progress is null)
        {
            return;
        }

        var completed = _run.Done + _run.AlreadyDone + _run.Skipped + _run.Failed;
        TimeSpan? remaining = _sentToTarget == 0 ? null : TimeSpan.FromTicks((long)(_targetTime.Ticks / (double)_sentToTarget * (_run.Total - completed)));
        _options.Progress.Report(new ApplyProgress(_run.Total, completed, _run.Done, _run.AlreadyDone, _run.Skipped, _run.Failed, _clock.Elapsed, remaining, current?.ToString()));
    }

    /// <summary>The journal's start-of-run line and the outcomes recovered from the audit log, once, before the first write.</summary>
    private void StartWriting()
    {
        if (_started || !_writes)
        {
            return;
        }

        _started = true;
        _journal?.Started(_run.RunId, _run.StartedUtc);
        if (_recovered.Count > 0)
        {
            _journal?.Outcomes(_run.RunId, _recovered);
            _recovered = new List<ActionResult>();
        }
    }

    /// <summary>
    /// Actions in flight when an earlier run stopped whose audit entry was written: they were done, the journal
    /// just did not hear of it. The rest go to the target again, which finds them done or does them.
    /// </summary>
    private void Recover()
    {
        if (_journal!.InFlight.Count == 0 || _options.StateFolder is null)
        {
            return;
        }

        foreach (var runId in _journal.InFlight.Values.Distinct(StringComparer.Ordinal).ToList())
        {
            foreach (var entry in AuditLog.Read(_options.StateFolder, new AuditQuery { RunId = runId }))
            {
                if (entry.Result is ActionStatus.Done or ActionStatus.AlreadyDone && _journal.InFlight.Remove(entry.ActionId))
                {
                    _journal.Completed[entry.ActionId] = new JournalOutcome(runId, entry.Result, entry.AccountId);
                    _recovered.Add(new ActionResult { Id = entry.ActionId, Status = entry.Result, AccountId = entry.AccountId });
                }
            }
        }
    }

    private void RecordLifecycle()
    {
        if (!_writes || _plan.LifecycleUpdates.Count == 0)
        {
            return;
        }

        var state = LifecycleStore.Load(_options.StateFolder!);
        var ranToEnd = !_run.Stopped && _declined.Count == 0;
        var count = LifecycleRecorder.Record(
            state,
            _plan.LifecycleUpdates,
            id => (_statuses.TryGetValue(id, out var status) && status is ActionStatus.Done or ActionStatus.AlreadyDone) || _journal?.Completed.ContainsKey(id) == true,
            unconditional: ranToEnd);
        if (count > 0)
        {
            LifecycleStore.Save(_options.StateFolder!, state);
        }

        _run.LifecycleUpdates = count;
    }

    private AuditEntry Entry(PlanAction action, ActionResult result) => new()
    {
        TimeUtc = result.CompletedUtc == default ? DateTime.UtcNow : result.CompletedUtc,
        RunId = _run.RunId,
        User = _user,
        Machine = _machine,
        Target = _target.Description,
        ActionId = action.Id,
        Action = action.Action,
        Stage = action.Stage,
        Account = action.Account,
        Anchor = action.Anchor,
        AccountId = result.AccountId,
        SourcedId = action.SourcedId,
        Group = action.Group,
        License = action.License,
        Changes = action.Changes,
        Reason = action.Reason,
        Source = _plan.Inputs.RosterSource,
        Snapshot = _plan.Inputs.RosterHash.Length == 0 ? null : _plan.Inputs.RosterHash,
        Policy = _plan.Inputs.PolicyName.Length == 0 ? null : _plan.Inputs.PolicyName,
        Result = result.Status,
        Response = result.Response,
        Error = result.Error,
    };

    private bool InStages(ActionStage stage) =>
        (stage == ActionStage.Provision && (_options.Stages & ApplyStages.Provision) != 0) || (stage == ActionStage.Deprovision && (_options.Stages & ApplyStages.Deprovision) != 0);

    /// <summary>Each action's level: 0 without dependencies among the selected, else one more than its deepest dependency; -1 in a cycle.</summary>
    private Dictionary<string, int> Levels(List<PlanAction> selected)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        int LevelOf(PlanAction action)
        {
            if (levels.TryGetValue(action.Id, out var known))
            {
                return known;
            }

            if (!visiting.Add(action.Id))
            {
                return -1;
            }

            var level = 0;
            foreach (var dependency in action.DependsOn)
            {
                if (_selected.Contains(dependency) && _byId.TryGetValue(dependency, out var needed))
                {
                    var below = LevelOf(needed);
                    level = below < 0 || level < 0 ? -1 : Math.Max(level, below + 1);
                }
            }

            visiting.Remove(action.Id);
            levels[action.Id] = level;
            return level;
        }

        foreach (var action in selected)
        {
            LevelOf(action);
        }

        return levels;
    }

    private static string CurrentUser()
    {
        var domain = Environment.UserDomainName;
        return string.IsNullOrEmpty(domain) || string.Equals(domain, Environment.MachineName, StringComparison.OrdinalIgnoreCase) ? Environment.UserName : domain + "\\" + Environment.UserName;
    }

    private static string NewRunId() => DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N").Substring(0, 6);
}
