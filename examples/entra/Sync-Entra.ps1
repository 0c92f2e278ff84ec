<#
.SYNOPSIS
    The nightly Entra ID sync of San Lorenzo Valley, as an Azure Automation runbook or a scheduled task.

.DESCRIPTION
    Runs the sync that sync.yaml (beside this script) describes: tonight's SIS export → plan from entra.policy.yaml
    → Entra ID through Microsoft Graph, with the state folder's journal, audit log and safety limits. In Azure
    Automation the account's managed identity signs in (target: entra: managedIdentity: true); on a server, edit
    sync.yaml to use an app registration with a certificate.

    The runbook ends with the sync's exit code: 0 done, 1 done with failed actions, 2 refused (a broken or truncated
    export, a safety limit: nothing was changed), 3 could not run.

.EXAMPLE
    .\Sync-Entra.ps1 -WhatIf
    Lists every action tonight's run would take, and changes nothing.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string] $ConfigPath = (Join-Path $PSScriptRoot 'sync.yaml')
)

Import-Module RosterTools

$summary = Invoke-RosterSync -ConfigPath $ConfigPath -WhatIf:$WhatIfPreference -ErrorAction Continue
$summary | Format-List
if ($summary.Failures.Count -gt 0) {
    $summary.Failures | Format-Table Action, Account, Group, Error -AutoSize
}

exit $summary.ExitCode
