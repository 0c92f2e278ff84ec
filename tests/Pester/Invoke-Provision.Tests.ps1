#Requires -Version 5.1
# Invoke-Provision: result objects, -WhatIf, a second run repeats nothing, blocked plans, the pipeline.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Plans = Join-Path $PSScriptRoot 'data'
    $FirstSync = Join-Path $Plans 'first-sync.plan.json'
}

Describe 'Invoke-Provision' {
    BeforeEach {
        $state = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = Connect-RosterTarget -Local -StatePath $state
    }

    It 'carries out every provisioning action and returns one result per action' {
        $results = @(Invoke-Provision -Plan $FirstSync -Confirm:$false)
        $results.Count | Should -Be 6
        $results[0] | Get-TypeName | Should -Be 'RosterTools.Apply.ActionResult'
        @($results | Where-Object { $_.Status.ToString() -ne 'Done' }).Count | Should -Be 0
        ($results | Where-Object Account -eq 'jdoe' | Where-Object { $_.Action.ToString() -eq 'Create' }).AccountId | Should -Not -BeNullOrEmpty
    }

    It 'changes nothing with -WhatIf' {
        Invoke-Provision -Plan $FirstSync -WhatIf | Should -BeNullOrEmpty
        @(Get-RosterDirectory).Count | Should -Be 0
        Test-Path -LiteralPath (Join-Path $state 'audit') | Should -BeFalse
    }

    It 'repeats nothing when the same plan runs again' {
        $null = Invoke-Provision -Plan $FirstSync -Confirm:$false
        $again = @(Invoke-Provision -Plan $FirstSync -Confirm:$false)
        @($again | Where-Object { $_.Status.ToString() -eq 'AlreadyDone' }).Count | Should -Be 6
        @(Get-RosterAuditLog).Count | Should -Be 6
    }

    It 'takes the plan from the pipeline as a file' {
        $results = @(Get-Item -LiteralPath $FirstSync | Invoke-Provision -Confirm:$false)
        $results.Count | Should -Be 6
    }

    It 'refuses a blocked plan unless -Force and -OverrideSafetyLimit are both given' {
        $blocked = Join-Path $Plans 'blocked.plan.json'
        { Invoke-Deprovision -Plan $blocked -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'RosterPlanBlocked,RosterTools.Commands.InvokeDeprovisionCommand'
        { Invoke-Deprovision -Plan $blocked -Confirm:$false -OverrideSafetyLimit -ErrorAction Stop } | Should -Throw -ErrorId 'RosterPlanBlocked,RosterTools.Commands.InvokeDeprovisionCommand'
    }

    It 'says which target is missing when none is connected and none is given' {
        $error.Clear()
        { Invoke-Provision -Plan $FirstSync -Target 'not a target' -ErrorAction Stop } | Should -Throw -ErrorId 'RosterTargetNotConnected,RosterTools.Commands.InvokeProvisionCommand'
    }

    It 'writes a non-terminating error for a plan file that is not a plan' {
        $bad = Join-Path $TestDrive 'bad.json'
        Set-Content -LiteralPath $bad -Value '{"format":"other","version":1}'
        $output = Invoke-Provision -Plan $bad -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $output | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -Be 'RosterPlanInvalid,RosterTools.Commands.InvokeProvisionCommand'
    }

    It 'supports -WhatIf and -Confirm at medium impact' {
        $parameters = (Get-Command Invoke-Provision).Parameters
        $parameters.ContainsKey('WhatIf') | Should -BeTrue
        $parameters.ContainsKey('Confirm') | Should -BeTrue
    }
}
