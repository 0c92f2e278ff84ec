<#
.SYNOPSIS
    The nightly Entra ID sync of San Lorenzo Valley: SIS export → plan → Entra ID, as an Azure Automation runbook
    (managed identity) or a scheduled task on a server (certificate).

.DESCRIPTION
    1. Reads tonight's SIS export and stops when it has errors (a broken export must not deprovision anyone).
    2. Connects to Entra ID. In Azure Automation the account's managed identity signs in; on a server, an app
       registration with a certificate in Cert:\LocalMachine\My. The app (or identity) needs the Graph application
       permissions User.ReadWrite.All, Group.ReadWrite.All, LicenseAssignment.ReadWrite.All and
       Organization.Read.All (subscribedSkus), and AdministrativeUnit.ReadWrite.All for -AdministrativeUnits.
    3. Reads the tenant's accounts, makes the plan from the policy, and saves it for the record.
    4. Provisions, then deprovisions (the safety limits in the policy block a run that would disable too many).
       Add -WhatIf to see what would happen without changing anything.

    Connect-RosterTarget, Get-RosterDirectory, New-RosterPlan, Invoke-Provision and Invoke-Deprovision are the
    cmdlets of the apply step (issue 5); the -Entra parameters are those of README.md, "Entra ID". Check the other
    parameter names against Get-Help once those cmdlets are in your version of the module.
#>
param(
    [string] $Export = 'D:\SIS\tonight.zip',
    [string] $Policy = "$PSScriptRoot\entra.policy.yaml",
    [string] $State = 'D:\RosterTools\state',
    [switch] $OnServer
)

$ErrorActionPreference = 'Stop'
Import-Module RosterTools

$roster = Import-OneRoster -LiteralPath $Export -Strict

# -ThrottlePriority Low (the default) tells Graph this is a background run it may slow down first.
$entra = @{ Entra = $true; UsageLocation = 'US'; AdministrativeUnits = $true; UserFilter = "endsWith(userPrincipalName,'sanlorenzovalley.k12.example.org')" }
if ($OnServer) {
    $target = Connect-RosterTarget @entra -TenantId 'sanlorenzovalley.onmicrosoft.com' -ClientId '00000000-0000-0000-0000-000000000000' `
        -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567'
} else {
    $target = Connect-RosterTarget @entra -ManagedIdentity
}

$plan = Get-RosterDirectory -Target $target | New-RosterPlan -Roster $roster -Policy $Policy -StatePath $State
$plan | ConvertTo-Json -Depth 8 | Set-Content "$State\plan-$(Get-Date -Format yyyyMMdd).json"

$plan | Invoke-Provision -Target $target -StatePath $State
$plan | Invoke-Deprovision -Target $target -StatePath $State
