#Requires -Version 5.1
# Invoke-Deprovision: disables, removals, deletes with -Force; dependents of a declined action; the lifecycle state.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Plans = Join-Path $PSScriptRoot 'data'
    $Policy = Join-Path (Join-Path (Join-Path $RepoRoot 'examples') 'policies') 'district.policy.yaml'
}

Describe 'Invoke-Deprovision' {
    BeforeEach {
        $state = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = Connect-RosterTarget -Local -StatePath $state
        $null = Invoke-Provision -Plan (Join-Path $Plans 'first-sync.plan.json') -Confirm:$false
    }

    It 'disables, removes and deletes with -Force and records the day the account was disabled' {
        $results = @(Invoke-Deprovision -Plan (Join-Path $Plans 'leaver.plan.json') -Confirm:$false -Force)
        ($results | ForEach-Object { $_.Status.ToString() }) | Should -Be @('Done', 'Done', 'Done')
        @(Get-RosterDirectory).Username | Should -Be @('jdoe')
        $lifecycle = Get-Content -Raw -LiteralPath (Join-Path $state 'lifecycle.json') | ConvertFrom-Json
        ($lifecycle.accounts | Where-Object anchor -eq 'E2').disabledOn | Should -Be '2026-11-22'
    }

    It 'changes nothing with -WhatIf' {
        Invoke-Deprovision -Plan (Join-Path $Plans 'leaver.plan.json') -WhatIf | Should -BeNullOrEmpty
        (Get-RosterDirectory -Name asmith).Enabled | Should -BeTrue
    }

    It 'has ConfirmImpact High' {
        $type = (Get-Command Invoke-Deprovision).ImplementingType
        $attribute = $type.GetCustomAttributes($true) | Where-Object { $_.GetType().Name -eq 'CmdletAttribute' }
        $attribute.ConfirmImpact.ToString() | Should -Be 'High'
    }

    It 'applies a blocked plan with -Force -OverrideSafetyLimit' {
        $results = @(Invoke-Deprovision -Plan (Join-Path $Plans 'blocked.plan.json') -Confirm:$false -Force -OverrideSafetyLimit)
        $results.Count | Should -Be 3
        (Get-RosterDirectory -Name asmith) | Should -BeNullOrEmpty
    }
}

Describe 'Invoke-Deprovision with accounts (offboarding by hand)' {
    BeforeEach {
        $state = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = Connect-RosterTarget -Local -StatePath $state
        $null = Invoke-Provision -Plan (Join-Path $Plans 'first-sync.plan.json') -Confirm:$false
    }

    It 'binds piped accounts with -Policy to the Accounts set, and a piped plan to the Plan set' {
        $command = Get-Command Invoke-Deprovision
        $command.DefaultParameterSet | Should -Be 'Plan'
        ($command.ParameterSets | Where-Object Name -eq 'Accounts').Parameters.Name | Should -Contain 'InputObject'
        $inputObject = $command.Parameters['InputObject'].ParameterSets['Accounts']
        $inputObject.ValueFromPipeline | Should -BeTrue
        $command.Parameters['Policy'].ParameterSets['Accounts'].IsMandatory | Should -BeTrue
    }

    It 'disables, signs out, removes the managed group and moves the account now, and records it as offboarded by hand' {
        $results = @(Get-RosterDirectory -Name asmith | Invoke-Deprovision -Policy $Policy -Reason 'left mid-term' -Confirm:$false)
        @($results | ForEach-Object { $_.Action.ToString() } | Sort-Object) | Should -Be @('Disable', 'Move', 'RemoveMember', 'RevokeSessions')
        # The local store keeps no sign-in sessions: RevokeSessions is AlreadyDone there.
        ($results | Where-Object { @('Done', 'AlreadyDone') -notcontains $_.Status.ToString() }) | Should -BeNullOrEmpty
        $asmith = Get-RosterDirectory -Name asmith
        $asmith.Enabled | Should -BeFalse
        @($asmith.Groups).Count | Should -Be 0
        $asmith.Container | Should -BeLike 'OU=Disabled,OU=Holding,*'
        (Get-RosterDirectory -Name jdoe).Enabled | Should -BeTrue
        $lifecycle = Get-Content -Raw -LiteralPath (Join-Path $state 'lifecycle.json') | ConvertFrom-Json
        $record = $lifecycle.accounts | Where-Object anchor -eq 'E2'
        $record.byHand | Should -BeTrue
        $record.leavingReason | Should -Be 'offboarded by hand: left mid-term'
        $record.disabledOn | Should -Be ((Get-Date).ToString('yyyy-MM-dd'))
        (Get-RosterAuditLog -StatePath $state -Account asmith -Action Disable).Reason | Should -Be 'offboarded by hand: left mid-term'
    }

    It 'changes nothing with -WhatIf' {
        $lifecycle = Join-Path $state 'lifecycle.json'
        $before = Test-Path -LiteralPath $lifecycle
        Get-RosterDirectory -Name asmith | Invoke-Deprovision -Policy $Policy -WhatIf | Should -BeNullOrEmpty
        (Get-RosterDirectory -Name asmith).Enabled | Should -BeTrue
        Test-Path -LiteralPath $lifecycle | Should -Be $before
    }

    It 'refuses a protected account with an error and acts on the others' {
        $service = @{ SamAccountName = 'svc-backup'; employeeId = 'S1'; Enabled = $true }
        $given = @($service, (Get-RosterDirectory -Name asmith))
        $results = @($given | Invoke-Deprovision -Policy $Policy -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue)
        @($problems).Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike '*PlanOffboardRefused*'
        ($results | Where-Object Account -eq 'svc-backup') | Should -BeNullOrEmpty
        (Get-RosterDirectory -Name asmith).Enabled | Should -BeFalse
    }

    It 'refuses an account without the anchor and says how to get it' {
        $results = @(@{ SamAccountName = 'nobody'; Enabled = $true } | Invoke-Deprovision -Policy $Policy -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue)
        $results.Count | Should -Be 0
        $problems[0].Exception.Message | Should -BeLike '*-Properties*'
    }

    It 'takes a list given to -InputObject as each of its accounts' {
        $accounts = @(Get-RosterDirectory -Name asmith) + @(Get-RosterDirectory -Name jdoe)
        $null = Invoke-Deprovision -InputObject $accounts -Policy $Policy -Confirm:$false
        (Get-RosterDirectory -Name asmith).Enabled | Should -BeFalse
        (Get-RosterDirectory -Name jdoe).Enabled | Should -BeFalse
    }
}
